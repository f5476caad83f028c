package cn.partybuilding.common.changes;

import java.time.Instant;

/**
 * Walks the audit trail in position order without ever stepping over a change that may still
 * appear. Positions are handed out when a row is inserted, but the row becomes visible only when
 * its transaction commits, so rows commit out of order: a missing position (a gap) is either a
 * transaction still running, which will commit or roll back, or one rolled back, which leaves the
 * gap for ever. The walk stops before a gap until it is certainly permanent: once the row after it
 * was recorded longer ago than a transaction may run (the settle time), the transaction that took
 * the missing position has ended, so it rolled back.
 */
final class TrailWalk {

    private final Instant settledBefore;
    private long position;
    private boolean stopped;

    /** Starts after {@code position}; gaps closed by rows recorded before {@code settledBefore} are permanent. */
    TrailWalk(long position, Instant settledBefore) {
        this.position = position;
        this.settledBefore = settledBefore;
    }

    /** Whether a reader that has seen everything up to {@code previous} may move on to this row. */
    static boolean mayPass(long previous, long next, Instant nextRecordedAt, Instant settledBefore) {
        return next == previous + 1 || nextRecordedAt.isBefore(settledBefore);
    }

    /** Moves on to this row (the next one the database shows), unless a gap that may still fill lies before it. */
    boolean advance(long next, Instant recordedAt) {
        if (stopped || !mayPass(position, next, recordedAt, settledBefore)) {
            stopped = true;
            return false;
        }
        position = next;
        return true;
    }

    /** Every change up to here has been seen. */
    long position() {
        return position;
    }

    /** Whether a gap that may still fill stopped the walk. */
    boolean stopped() {
        return stopped;
    }
}
