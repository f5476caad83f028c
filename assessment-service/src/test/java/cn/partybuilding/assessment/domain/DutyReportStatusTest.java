package cn.partybuilding.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DutyReportStatusTest {

    @Test
    void movesOneStepForwardOnly() {
        assertTrue(DutyReportStatus.DRAFT.canBecome(DutyReportStatus.VOTING));
        assertTrue(DutyReportStatus.VOTING.canBecome(DutyReportStatus.CLOSED));
        assertFalse(DutyReportStatus.DRAFT.canBecome(DutyReportStatus.CLOSED), "voting is not skipped");
        assertFalse(DutyReportStatus.VOTING.canBecome(DutyReportStatus.DRAFT), "the panel is fixed once voting opens");
        for (DutyReportStatus next : DutyReportStatus.values()) {
            assertFalse(DutyReportStatus.CLOSED.canBecome(next), "closed is final: " + next);
        }
    }
}
