package cn.partybuilding.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
    void attendanceCountsLateAsAttendedAndRatesOverEveryExpectedMember() {
        List<Attendance> rows = new ArrayList<>();
        for (AttendanceStatus status : new AttendanceStatus[] {AttendanceStatus.PRESENT, AttendanceStatus.LATE,
                AttendanceStatus.ON_LEAVE, AttendanceStatus.ABSENT, null, AttendanceStatus.PRESENT}) {
            Attendance row = new Attendance();
            row.key = new Attendance.Key("A1", "M" + rows.size());
            row.status = status;
            rows.add(row);
        }
        AttendanceSummary summary = AttendanceSummary.of("A1", rows);
        assertEquals(6, summary.expected());
        assertEquals(3, summary.attended(), "present and late");
        assertEquals(1, summary.late());
        assertEquals(1, summary.onLeave());
        assertEquals(1, summary.absent());
        assertEquals(1, summary.notRecorded());
        assertEquals(0.5, summary.attendanceRate());
        assertEquals(0.0, AttendanceSummary.of("A2", List.of()).attendanceRate(), "nobody expected");
    }

    @Test
    void aBranchIsCompliantWhenItMeetsEveryRequirementWhateverMeetingsDidNotCount() {
        var met = new ComplianceReport.RequirementResult(ActivityType.THEME_PARTY_DAY, 3, 4);
        var exactlyMet = new ComplianceReport.RequirementResult(ActivityType.GENERAL_MEETING, 1, 1);
        var missed = new ComplianceReport.RequirementResult(ActivityType.PARTY_LECTURE, 1, 0);
        var withoutQuorum = new ComplianceReport.Meeting("A1", "B3", ActivityType.GENERAL_MEETING, "支部党员大会", Instant.EPOCH, 4, 2,
                Counting.NO_QUORUM);
        var compliant = new ComplianceReport.Branch("B1", "第一党支部", List.of(met, exactlyMet), 0.9, List.of());
        var lagging = new ComplianceReport.Branch("B2", "第二党支部", List.of(met, missed), 0.9, List.of());
        var alsoValid = new ComplianceReport.Branch("B3", "第三党支部", List.of(met, exactlyMet), 0.9, List.of(withoutQuorum));
        assertTrue(compliant.compliant());
        assertFalse(lagging.compliant());
        assertTrue(alsoValid.compliant(), "a meeting without a quorum does not undo a valid one");
        assertEquals(List.of(withoutQuorum), alsoValid.meetingsWithoutQuorum());
        ComplianceReport report = new ComplianceReport("C1", new ReportPeriod(2025, 1, null),
                List.of(compliant, lagging, alsoValid));
        assertEquals(2, report.compliantBranches());
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

    @Test
    void leaveIsAskedOnlyBeforeTheStartOfAnActivityStillOpen() {
        Activity activity = new Activity();
        activity.status = ActivityStatus.PLANNED;
        activity.startAt = Instant.parse("2026-03-12T01:00:00Z");
        assertTrue(activity.acceptsLeaveRequestsAt(Instant.parse("2026-03-12T00:59:59Z")));
        assertFalse(activity.acceptsLeaveRequestsAt(Instant.parse("2026-03-12T01:00:00Z")), "at the start");
        assertFalse(activity.acceptsLeaveRequestsAt(Instant.parse("2026-12-02T01:00:00Z")), "months later");
        activity.status = ActivityStatus.CANCELLED;
        assertFalse(activity.acceptsLeaveRequestsAt(Instant.parse("2026-03-01T00:00:00Z")), "a cancelled activity");
    }

    @Test
    void aGeneralMeetingNeedsMoreThanHalfOfItsVotingMembersPresent() {
        assertFalse(Counting.quorate(4, 2), "half is not more than half");
        assertTrue(Counting.quorate(4, 3));
        assertTrue(Counting.quorate(5, 3));
        assertFalse(Counting.quorate(5, 2));
        assertFalse(Counting.quorate(0, 0), "no voting members, no meeting");
    }

    @Test
    void eachCompletedActivityCountsForItsRequirementOrSaysWhyNot() {
        Set<ActivityType> quarter = EnumSet.of(ActivityType.GENERAL_MEETING, ActivityType.PARTY_LECTURE, ActivityType.THEME_PARTY_DAY);
        assertEquals(Counting.NO_QUORUM, Counting.of(ActivityType.GENERAL_MEETING, 4, 2, quarter, false));
        assertEquals(Counting.COUNTED, Counting.of(ActivityType.GENERAL_MEETING, 4, 3, quarter, false));
        assertEquals(Counting.NO_QUORUM, Counting.of(ActivityType.GENERAL_MEETING, 4, 2, EnumSet.noneOf(ActivityType.class), false),
                "not a meeting, whatever the period asks");
        assertEquals(Counting.NO_COMMITTEE, Counting.of(ActivityType.COMMITTEE_MEETING, 0, 0, quarter, false));
        assertEquals(Counting.COUNTED, Counting.of(ActivityType.COMMITTEE_MEETING, 0, 0,
                EnumSet.of(ActivityType.COMMITTEE_MEETING), true));
        assertEquals(Counting.NOT_REQUIRED, Counting.of(ActivityType.STUDY_SESSION, 0, 0, quarter, true));
        assertEquals(Counting.NOT_REQUIRED, Counting.of(ActivityType.ORGANIZATIONAL_LIFE_MEETING, 0, 0, quarter, true),
                "a yearly meeting in a quarter's report");
        assertEquals(Counting.COUNTED, Counting.of(ActivityType.PARTY_LECTURE, 0, 0, quarter, false), "voting counts only for general meetings");
    }
}
