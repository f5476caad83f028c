package cn.partybuilding.gateway.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The gateway's own meters, with bounded tags only: {@code gateway.requests} (a timer by service,
 * status and status class), {@code gateway.circuit.state} (per service and state, 1 for the state it
 * is in) and {@code gateway.rate.limit.rejections} (by kind: {@code caller} for a token's budget,
 * {@code anonymous} for an address's budget of requests without a valid token). Micrometer's own
 * HTTP metrics see every proxied path as the one route {@code /v1/*}; these say which service.
 */
@ApplicationScoped
public class GatewayMetrics {

    /** The service tag of a request that matched no service's prefix. */
    static final String NO_SERVICE = "none";
    /** The service tag of {@code GET /v1/audit-events}, which the gateway answers from every service. */
    static final String MERGED_AUDIT_EVENTS = "audit-events";

    private final MeterRegistry registry;
    private final Counter callerRejections;
    private final Counter anonymousRejections;
    /**
     * Each service's timers by status, so that a request records without building a meter id and
     * looking it up in the registry (the gateway counts microseconds per request).
     */
    private final Map<String, AtomicReferenceArray<Timer>> timers = new ConcurrentHashMap<>();

    @Inject
    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.callerRejections = rejections("caller");
        this.anonymousRejections = rejections("anonymous");
    }

    private Counter rejections(String kind) {
        return Counter.builder("gateway.rate.limit.rejections")
                .description("Requests answered 429 by the gateway's rate limits")
                .tag("kind", kind).register(registry);
    }

    /** One gauge per state of a service's circuit, reading the breaker when scraped. */
    void watchCircuit(String service, CircuitBreaker breaker) {
        for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
            // a supplier, held strongly: a gauge holds its object only weakly, and drops the series once it is gone
            Gauge.builder("gateway.circuit.state", () -> breaker.state() == state ? 1 : 0)
                    .description("1 for the state the service's circuit is in, else 0")
                    .tags("service", service, "state", state.name().toLowerCase(Locale.ROOT))
                    .register(registry);
        }
    }

    void recordRequest(String service, int status, long nanos) {
        AtomicReferenceArray<Timer> byStatus = timers.computeIfAbsent(service, s -> new AtomicReferenceArray<>(600));
        boolean cached = status >= 0 && status < byStatus.length();
        Timer timer = cached ? byStatus.get(status) : null;
        if (timer == null) {
            timer = Timer.builder("gateway.requests")
                    .description("Requests through the gateway, by the service their path belongs to")
                    .tags("service", service, "status", Integer.toString(status), "status_class", (status / 100) + "xx")
                    .register(registry);
            if (cached) {
                byStatus.set(status, timer);
            }
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    void rateLimited(boolean anonymous) {
        (anonymous ? anonymousRejections : callerRejections).increment();
    }
}
