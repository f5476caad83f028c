package cn.partybuilding.gateway.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One service's circuit: closed while it answers; open after {@code threshold} consecutive failures,
 * when requests get 503 at once instead of waiting for a timeout; after {@code openFor} one trial
 * request is let through (half-open), and its outcome closes or re-opens the circuit.
 * <p>
 * A failure is the service itself failing: refused or reset connections, no answer within the
 * gateway's timeout, or an answer that {@link #isServiceFailure} says so. Everything else the
 * service answers is a success, so no caller can open the circuit for the others with bad input.
 */
public final class CircuitBreaker {

    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openForNanos;
    private final LongSupplier clock;

    private int consecutiveFailures;
    private long openedAt;
    private State state = State.CLOSED;

    public CircuitBreaker(int threshold, Duration openFor, LongSupplier nanoClock) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
        this.clock = nanoClock;
    }

    /**
     * Whether an answer shows the service itself unavailable: only a 503 that is not a problem document,
     * as Quarkus gives while it starts or stops and a proxy in front of the service gives when the
     * service is gone. A 503 problem is the service answering, about something only some requests need
     * (branch-service, the certificate font): the service's own circuit breakers deal with those. 4xx,
     * 500 and 502/504 answers are answers to a caller's request, which a caller could repeat at will.
     */
    public static boolean isServiceFailure(int status, String contentType) {
        return status == 503 && (contentType == null
                || !contentType.trim().regionMatches(true, 0, PROBLEM_MEDIA_TYPE, 0, PROBLEM_MEDIA_TYPE.length()));
    }

    /** Whether a request may go to the service now; in half-open state only the first one may. */
    public synchronized boolean tryAcquire() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openForNanos) {
            state = State.HALF_OPEN;
            return true;
        }
        return state == State.CLOSED;
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        state = State.CLOSED;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= threshold) {
            state = State.OPEN;
            openedAt = clock.getAsLong();
        }
    }

    public synchronized State state() {
        return state;
    }

    /** Whole seconds until a trial request is allowed, at least 1. */
    public synchronized long secondsUntilRetry() {
        long remaining = openForNanos - (clock.getAsLong() - openedAt);
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }
}
