package cn.partybuilding.gateway.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Token buckets per caller: {@code perMinute} requests in a burst, refilled evenly over a minute.
 * Each gateway replica counts its own callers; behind N replicas a caller gets up to N times the
 * limit, which is accepted in exchange for no shared store on the hot path.
 */
public final class RateLimiter {

    /** What one request used: whether it may pass, and the values for the RateLimit headers. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    private static final long MINUTE = 60_000_000_000L;
    private static final int SWEEP_EVERY = 10_000;

    private final int perMinute;
    private final double nanosPerToken;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }
    }

    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.nanosPerToken = (double) MINUTE / perMinute;
        this.clock = nanoClock;
    }

    public Decision acquire(String caller) {
        long now = clock.getAsLong();
        sweepNow(now);
        Bucket bucket = buckets.computeIfAbsent(caller, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) / nanosPerToken);
            bucket.updatedAt = now;
            boolean allowed = bucket.tokens >= 1;
            if (allowed) {
                bucket.tokens -= 1;
            }
            long untilFull = (long) Math.ceil((perMinute - bucket.tokens) * nanosPerToken / 1e9);
            long untilNext = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - bucket.tokens) * nanosPerToken / 1e9));
            return new Decision(allowed, perMinute, (int) Math.floor(bucket.tokens), untilFull, untilNext);
        }
    }

    /** Forgets callers whose bucket has refilled completely: they are indistinguishable from new ones. */
    private void sweepNow(long now) {
        if (calls.incrementAndGet() % SWEEP_EVERY != 0) {
            return;
        }
        buckets.entrySet().removeIf(e -> now - e.getValue().updatedAt > MINUTE);
    }
}
