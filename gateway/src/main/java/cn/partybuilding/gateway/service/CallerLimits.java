package cn.partybuilding.gateway.service;

import cn.partybuilding.gateway.config.GatewayConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Applies the per-caller rate limit and writes the RateLimit headers on every answer. */
@ApplicationScoped
public class CallerLimits {

    private final RateLimiter limiter;

    @Inject
    public CallerLimits(GatewayConfig config) {
        this.limiter = new RateLimiter(config.rateLimit().requestsPerMinute(), System::nanoTime);
    }

    /** Whether the request may go on; if not, the 429 problem has been sent. */
    public boolean admit(RoutingContext rc, String caller) {
        RateLimiter.Decision decision = limiter.acquire(caller);
        rc.response().putHeader("RateLimit-Limit", Integer.toString(decision.limit()));
        rc.response().putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()));
        rc.response().putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            return true;
        }
        rc.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        ProblemWriter.send(rc, GatewayError.RATE_LIMITED, decision.limit(), decision.retryAfterSeconds());
        return false;
    }

    /** The caller key of an anonymous request: its address. */
    public static String byAddress(RoutingContext rc) {
        return "ip:" + (rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress());
    }
}
