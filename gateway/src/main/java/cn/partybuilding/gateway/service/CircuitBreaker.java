package cn.partybuilding.gateway.service;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * One service's circuit: closed while it answers; open after {@code threshold} consecutive failures,
 * when requests get 503 at once instead of waiting for a timeout; after {@code openFor} one trial
 * request is let through (half-open), and its outcome closes or re-opens the circuit.
 */
public final class CircuitBreaker {

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
