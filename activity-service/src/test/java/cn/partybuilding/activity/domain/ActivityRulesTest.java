package cn.partybuilding.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivityRulesTest {

    @Test
    void statusMovesOnlyForward() {
        Set<String> allowed = Set.of("PLANNED>IN_PROGRESS", "PLANNED>CANCELLED", "IN_PROGRESS>COMPLETED", "IN_PROGRESS>CANCELLED");
        for (ActivityStatus from : ActivityStatus.values()) {
            for (ActivityStatus to : ActivityStatus.values()) {
                assertEquals(allowed.contains(from + ">" + to), from.mayMoveTo(to), from + " -> " + to);
            }
        }
        assertEquals(EnumSet.of(ActivityStatus.COMPLETED, ActivityStatus.CANCELLED),
                EnumSet.copyOf(java.util.Arrays.stream(ActivityStatus.values()).filter(ActivityStatus::isFinal).toList()));
    }

    @Test
    void quorumNeedsMoreThanHalfOfTheVotingMembers() {
        assertTrue(Quorum.isMet(4, 7));
        assertFalse(Quorum.isMet(3, 6), "exactly half is not more than half");
        assertTrue(Quorum.isMet(4, 6));
        assertFalse(Quorum.isMet(0, 0), "a branch without voting members cannot hold a valid meeting");
    }

    @Test
    void periodsCoverWholeMonthsQuartersAndYears() {
        ReportPeriod q3 = new ReportPeriod(2025, 3, null);
        assertEquals(LocalDate.of(2025, 7, 1), q3.start());
        assertEquals(LocalDate.of(2025, 10, 1), q3.end());
        assertEquals("2025-Q3", q3.label());
        assertEquals(LocalDate.of(2026, 1, 1), new ReportPeriod(2025, null, 12).end());
        assertEquals(12, new ReportPeriod(2025, null, null).months());
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(2025, 5, null));
        assertThrows(IllegalArgumentException.class, () -> new ReportPeriod(2025, 1, 1));
    }

    @Test
    void requirementsScaleWithThePeriod() {
        Requirement monthly = new Requirement(ActivityType.THEME_PARTY_DAY, 1, 1);
        Requirement quarterly = new Requirement(ActivityType.GENERAL_MEETING, 1, 3);
        Requirement yearly = new Requirement(ActivityType.DEMOCRATIC_REVIEW, 1, 12);
        ReportPeriod year = new ReportPeriod(2025, null, null);
        ReportPeriod quarter = new ReportPeriod(2025, 2, null);
        ReportPeriod month = new ReportPeriod(2025, null, 4);
        assertEquals(12, monthly.requiredIn(year));
        assertEquals(3, monthly.requiredIn(quarter));
        assertEquals(4, quarterly.requiredIn(year));
        assertEquals(1, quarterly.requiredIn(quarter));
        assertEquals(0, quarterly.requiredIn(month), "a quarterly rule asks nothing of one month");
        assertEquals(1, yearly.requiredIn(year));
        assertEquals(0, yearly.requiredIn(quarter));
        assertThrows(IllegalArgumentException.class, () -> new Requirement(ActivityType.OTHER, 1, 5));
    }
}
