package cn.partybuilding.common.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrailWalkTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final Instant SETTLED_BEFORE = NOW.minus(SETTLE);

    private static Instant ago(int seconds) {
        return NOW.minusSeconds(seconds);
    }

    @Test
    void movesOnOverConsecutivePositionsHoweverRecent() {
        TrailWalk walk = new TrailWalk(10, SETTLED_BEFORE);

        assertTrue(walk.advance(11, ago(0)));
        assertTrue(walk.advance(12, ago(0)));
        assertEquals(12, walk.position());
        assertFalse(walk.stopped());
    }

    @Test
    void stopsBeforeAGapThatAStillRunningTransactionMayFill() {
        TrailWalk walk = new TrailWalk(10, SETTLED_BEFORE);

        assertTrue(walk.advance(11, ago(5)));
        assertFalse(walk.advance(13, ago(5)), "12 may still commit");
        assertEquals(11, walk.position(), "the token stays before the gap");
        assertTrue(walk.stopped());
        assertFalse(walk.advance(14, ago(120)), "once stopped, a read goes no further");
        assertEquals(11, walk.position());
    }

    @Test
    void passesAGapOnceTheRowAfterItIsOlderThanTheSettleTime() {
        TrailWalk walk = new TrailWalk(10, SETTLED_BEFORE);

        assertTrue(walk.advance(15, ago(61)), "11 to 14 were rolled back: the row after them is older than any transaction");
        assertEquals(15, walk.position());
    }

    @Test
    void theSettleTimeIsABoundNotAnAverage() {
        assertFalse(TrailWalk.mayPass(10, 12, SETTLED_BEFORE, SETTLED_BEFORE), "exactly the settle time ago is not yet settled");
        assertTrue(TrailWalk.mayPass(10, 12, SETTLED_BEFORE.minusMillis(1), SETTLED_BEFORE));
        assertTrue(TrailWalk.mayPass(10, 11, NOW.plusSeconds(5), SETTLED_BEFORE), "no gap: the clock does not matter");
    }

    @Test
    void aGapAtTheStartHoldsTheWalkAtTheToken() {
        TrailWalk walk = new TrailWalk(10, SETTLED_BEFORE);

        assertFalse(walk.advance(12, ago(1)));
        assertEquals(10, walk.position());
    }
}
