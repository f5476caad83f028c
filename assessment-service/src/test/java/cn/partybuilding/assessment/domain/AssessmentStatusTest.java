package cn.partybuilding.assessment.domain;

import static cn.partybuilding.assessment.domain.AssessmentStatus.FINAL;
import static cn.partybuilding.assessment.domain.AssessmentStatus.PUBLICIZED;
import static cn.partybuilding.assessment.domain.AssessmentStatus.REVIEW;
import static cn.partybuilding.assessment.domain.AssessmentStatus.SCORED;
import static cn.partybuilding.assessment.domain.AssessmentStatus.SELF_ASSESSMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentStatusTest {

    private static Set<AssessmentStatus> next(AssessmentStatus from) {
        Set<AssessmentStatus> next = EnumSet.noneOf(AssessmentStatus.class);
        for (AssessmentStatus to : AssessmentStatus.values()) {
            if (from.canBecome(to)) {
                next.add(to);
            }
        }
        return next;
    }

    @Test
    void movesForwardOneStageAtATime() {
        assertEquals(EnumSet.of(REVIEW), next(SELF_ASSESSMENT));
        assertTrue(REVIEW.canBecome(SCORED));
        assertTrue(SCORED.canBecome(PUBLICIZED));
        assertTrue(PUBLICIZED.canBecome(FINAL));
        assertFalse(SELF_ASSESSMENT.canBecome(SCORED), "no review skipped");
        assertFalse(REVIEW.canBecome(PUBLICIZED), "no scoring skipped");
        assertFalse(SCORED.canBecome(FINAL), "no notice skipped");
    }

    @Test
    void stepsBackOnlyToRedoTheWorkBefore() {
        assertEquals(EnumSet.of(SELF_ASSESSMENT, SCORED), next(REVIEW));
        assertEquals(EnumSet.of(REVIEW, PUBLICIZED), next(SCORED));
        assertEquals(EnumSet.of(REVIEW, FINAL), next(PUBLICIZED));
    }

    @Test
    void finalNeverChanges() {
        assertEquals(EnumSet.noneOf(AssessmentStatus.class), next(FINAL));
        assertTrue(FINAL.isFinal());
        for (AssessmentStatus status : AssessmentStatus.values()) {
            assertFalse(status.canBecome(status), status + " to itself");
            assertEquals(status == FINAL, status.isFinal());
        }
    }
}
