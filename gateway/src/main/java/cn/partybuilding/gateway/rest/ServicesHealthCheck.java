package cn.partybuilding.gateway.rest;

import cn.partybuilding.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness lists each service's own readiness. The gateway stays ready while a service is down:
 * it still answers that service's paths with a quick 503 and keeps routing to the others. The
 * services are probed in parallel with a short timeout, so one slow service cannot make the
 * gateway's own probe miss Kubernetes' default one-second timeout.
 */
@Readiness
@ApplicationScoped
public class ServicesHealthCheck implements HealthCheck {

    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(500);

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<Boolean>> probes = new TreeMap<>();
        config.services().forEach((name, service) -> probes.put(name, probe(service.url())));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
        probes.forEach((name, ready) -> response.withData(name, ready.join() ? "UP" : "DOWN"));
        return response.build();
    }

    private CompletableFuture<Boolean> probe(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(PROBE_TIMEOUT).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(answer -> answer.statusCode() == 200)
                .exceptionally(failure -> false);
    }
}
