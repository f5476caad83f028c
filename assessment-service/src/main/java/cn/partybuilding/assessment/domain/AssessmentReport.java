package cn.partybuilding.assessment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 党建考核报表 of a subtree and a year: the assessments ranked by total within each scheme, the
 * distribution of grades, the overdue tasks of the year, and per 述职评议 its ballot totals and the
 * progress of its 整改 items. Built from assessment-service's own tables only.
 */
public record AssessmentReport(String organizationId, String organizationName, int year, LocalDate asOf,
                               List<Ranked> ranking, Map<Grade, Integer> grades, int notGraded,
                               List<OverdueTask> overdueTasks, List<DutyReportProgress> dutyReports) {

    /** One assessment; {@code rank} is null until it has a total (then listed after the scored ones of its scheme). */
    public record Ranked(Integer rank, String assessmentId, String organizationId, String organizationName, String schemeId,
                         String schemeName, AssessmentStatus status, BigDecimal total, Grade grade) {
    }

    public record OverdueTask(String id, String title, String assigneeOrganizationId, String assigneeOrganizationName,
                              LocalDate deadline, long daysOverdue, TaskStatus status) {
    }

    /** A 述职评议's ballots and its 整改 items by status, with how many of the open ones are past their deadline. */
    public record DutyReportProgress(String id, String organizationId, String organizationName, String reporterName, String title,
                                     DutyReportStatus status, BallotTotals ballots, Map<RectificationStatus, Integer> rectifications,
                                     int overdueRectifications) {

        public int rectificationCount() {
            return rectifications.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /**
     * Competition ranking (1, 1, 3) by total within each scheme, the rows already ordered by scheme,
     * total descending (no total last) and name: equal totals share a rank.
     */
    public static List<Ranked> rank(List<Ranked> ordered) {
        List<Ranked> ranked = new java.util.ArrayList<>(ordered.size());
        String scheme = null;
        int position = 0;
        Integer rank = null;
        BigDecimal previous = null;
        for (Ranked row : ordered) {
            if (!row.schemeId().equals(scheme)) {
                scheme = row.schemeId();
                position = 0;
                previous = null;
            }
            position++;
            if (row.total() == null) {
                rank = null;
            } else if (previous == null || row.total().compareTo(previous) != 0) {
                rank = position;
            }
            previous = row.total();
            ranked.add(new Ranked(rank, row.assessmentId(), row.organizationId(), row.organizationName(), row.schemeId(),
                    row.schemeName(), row.status(), row.total(), row.grade()));
        }
        return ranked;
    }
}
