package cn.partybuilding.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RectificationStatusTest {

    @Test
    void openIsReportedDoneThenClosedOrReopenedByTheReview() {
        assertTrue(RectificationStatus.OPEN.canBecome(RectificationStatus.RECTIFIED));
        assertFalse(RectificationStatus.OPEN.canBecome(RectificationStatus.CLOSED), "no closing without the owner's report");
        assertTrue(RectificationStatus.RECTIFIED.canBecome(RectificationStatus.CLOSED));
        assertTrue(RectificationStatus.RECTIFIED.canBecome(RectificationStatus.OPEN));
        for (RectificationStatus next : RectificationStatus.values()) {
            assertFalse(RectificationStatus.CLOSED.canBecome(next), "closed is final: " + next);
        }
    }

    @Test
    void aReviewIsMadeOnlyOfARectifiedItem() {
        assertEquals(RectificationStatus.CLOSED, RectificationStatus.RECTIFIED.afterReview(ReviewResult.CLOSED));
        assertEquals(RectificationStatus.OPEN, RectificationStatus.RECTIFIED.afterReview(ReviewResult.REOPENED));
        assertNull(RectificationStatus.OPEN.afterReview(ReviewResult.CLOSED));
        assertNull(RectificationStatus.OPEN.afterReview(ReviewResult.REOPENED));
        assertNull(RectificationStatus.CLOSED.afterReview(ReviewResult.REOPENED), "a closed item is not reopened");
    }

    @Test
    void overdueMeansOpenAndPastTheDeadline() {
        Rectification item = new Rectification();
        item.status = RectificationStatus.OPEN;
        item.deadline = LocalDate.of(2026, 6, 30);
        assertFalse(item.overdue(LocalDate.of(2026, 6, 30)), "the deadline's own day is in time");
        assertTrue(item.overdue(LocalDate.of(2026, 7, 1)));
        item.status = RectificationStatus.RECTIFIED;
        assertFalse(item.overdue(LocalDate.of(2026, 7, 1)), "reported done");
    }
}
