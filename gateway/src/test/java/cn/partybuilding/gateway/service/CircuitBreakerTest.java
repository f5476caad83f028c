package cn.partybuilding.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterConsecutiveFailuresAndTriesAgainAfterTheOpenPeriod() {
        breaker.onFailure();
        breaker.onFailure();
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.secondsUntilRetry());

        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertTrue(breaker.tryAcquire(), "one trial request after the open period");
        assertEquals(CircuitBreaker.State.HALF_OPEN, breaker.state());
        assertFalse(breaker.tryAcquire(), "only one trial at a time");
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void aFailedTrialReopensAndASuccessResetsTheCount() {
        breaker.onFailure();
        breaker.onFailure();
        breaker.onSuccess();
        breaker.onFailure();
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state(), "failures must be consecutive");
        breaker.onFailure();
        now.addAndGet(Duration.ofSeconds(11).toNanos());
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
    }

    @Test
    void onlyABare503IsTheServiceFailing() {
        assertTrue(CircuitBreaker.isServiceFailure(503, null), "Quarkus starting or stopping");
        assertTrue(CircuitBreaker.isServiceFailure(503, "text/html"), "a proxy in front of the service");
        assertFalse(CircuitBreaker.isServiceFailure(503, "application/problem+json"), "a dependency is down");
        assertFalse(CircuitBreaker.isServiceFailure(503, "Application/Problem+JSON; charset=UTF-8"));
        for (int status : new int[] {200, 400, 404, 409, 413, 422, 429, 500, 502, 504}) {
            assertFalse(CircuitBreaker.isServiceFailure(status, null), "an answer to the caller: " + status);
        }
    }
}
