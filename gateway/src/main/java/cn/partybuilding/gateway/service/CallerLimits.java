package cn.partybuilding.gateway.service;

import cn.partybuilding.gateway.config.GatewayConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies the rate limits and writes the RateLimit headers on every answer: one budget per caller,
 * and a separate, smaller one per client address for requests that carry no valid token, so that
 * neither a flood of refused tokens nor one caller's traffic uses up the other's.
 */
@ApplicationScoped
public class CallerLimits {

    private final RateLimiter callers;
    private final RateLimiter anonymous;
    private final GatewayMetrics metrics;

    @Inject
    public CallerLimits(GatewayConfig config, GatewayMetrics metrics) {
        this.metrics = metrics;
        this.callers = new RateLimiter(config.rateLimit().requestsPerMinute(), System::nanoTime);
        this.anonymous = new RateLimiter(config.rateLimit().anonymousRequestsPerMinute(), System::nanoTime);
    }

    /** Whether the request may go on; if not, the 429 problem has been sent. */
    public boolean admit(RoutingContext rc, String caller) {
        return admit(rc, callers, caller);
    }

    /** As {@link #admit}, for a request without a valid token: its client address's anonymous budget. */
    public boolean admitAnonymous(RoutingContext rc) {
        return admit(rc, anonymous, byAddress(rc));
    }

    private boolean admit(RoutingContext rc, RateLimiter limiter, String caller) {
        RateLimiter.Decision decision = limiter.acquire(caller);
        rc.response().putHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        rc.response().putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        rc.response().putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        metrics.rateLimited(limiter == anonymous);
        rc.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ProblemWriter.send(rc, GatewayError.RATE_LIMITED, decision.limit(), decision.retryAfterSeconds());
        return false;
    }

    /** The caller key of a request by its address (the socket's, never a forwarding header). */
    public static String byAddress(RoutingContext rc) {
        return "ip:" + (rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress());
    }
}
