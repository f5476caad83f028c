package cn.partybuilding.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(60, now::get);

    @Test
    void allowsABurstUpToTheLimitThenRefusesWithRetryAfter() {
        for (int i = 0; i < 60; i++) {
            RateLimiter.Decision decision = limiter.acquire("a");
            assertTrue(decision.allowed());
            assertEquals(59 - i, decision.remaining());
        }
        RateLimiter.Decision refused = limiter.acquire("a");
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "60 a minute refill one token a second");
        assertEquals(60, refused.resetSeconds());
        assertTrue(limiter.acquire("b").allowed(), "callers have their own buckets");
    }

    @Test
    void refillsEvenlyOverTheMinute() {
        for (int i = 0; i < 60; i++) {
            limiter.acquire("a");
        }
        now.addAndGet(2_500_000_000L);
        assertTrue(limiter.acquire("a").allowed());
        assertTrue(limiter.acquire("a").allowed());
        assertFalse(limiter.acquire("a").allowed());
        now.addAndGet(120_000_000_000L);
        assertEquals(59, limiter.acquire("a").remaining(), "a bucket never holds more than the limit");
    }
}
