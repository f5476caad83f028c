package cn.partybuilding.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The 党建考核报表's queries: a subtree ({@code organization_path LIKE 'path%'}) and a year, each
 * answered by an index on (year, path) or (path, status, deadline); counts are grouped in SQL, one
 * query per part of the report, never one per organization (changeset assessment-103).
 */
@ApplicationScoped
public class ReportRepository {

    public record AssessmentRow(String id, String organizationId, String organizationName, String schemeId, String schemeName,
                                String status, BigDecimal total, String grade) {
    }

    public record GradeCount(String grade, int count) {
    }

    public record TaskRow(String id, String title, String assigneeOrganizationId, String assigneeOrganizationName,
                          LocalDate deadline, String status) {
    }

    public record DutyReportRow(String id, String organizationId, String organizationName, String reporterName, String title,
                                String status, int excellent, int good, int fair, int poor, int panelSize) {
    }

    /** 整改 items of one duty report in one status, and how many of them are past their deadline. */
    public record RectificationCount(String reportId, String status, int count, int overdue) {
    }

    @Inject
    EntityManager em;

    /** The year's assessments of the subtree, by scheme, then total descending (none last), then name. */
    @SuppressWarnings("unchecked")
    public List<AssessmentRow> assessments(String subtreePath, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.id, a.organization_id, a.organization_name, a.scheme_id, s.name, a.status, a.total, a.grade
                          FROM assessment a JOIN assessment_scheme s ON s.id = a.scheme_id
                         WHERE a.assessment_year = :year AND a.organization_path LIKE :p
                         ORDER BY s.name, a.scheme_id, a.total IS NULL, a.total DESC, a.organization_name, a.id""")
                .setParameter("year", year).setParameter("p", subtreePath + "%").getResultList();
        return rows.stream().map(r -> new AssessmentRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (BigDecimal) r[6], (String) r[7])).toList();
    }

    /** The year's assessments of the subtree per grade; a null grade counts those not yet graded. */
    @SuppressWarnings("unchecked")
    public List<GradeCount> grades(String subtreePath, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.grade, COUNT(*) FROM assessment a
                         WHERE a.assessment_year = :year AND a.organization_path LIKE :p
                         GROUP BY a.grade""")
                .setParameter("year", year).setParameter("p", subtreePath + "%").getResultList();
        return rows.stream().map(r -> new GradeCount((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    /** Tasks of the subtree neither done nor cancelled whose deadline lies in [from, before); by deadline, then id. */
    @SuppressWarnings("unchecked")
    public List<TaskRow> overdueTasks(String subtreePath, LocalDate from, LocalDate before) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT t.id, t.title, t.assignee_organization_id, t.assignee_organization_name, t.deadline, t.status
                          FROM duty_task t
                         WHERE t.assignee_organization_path LIKE :p AND t.status IN ('ASSIGNED', 'IN_PROGRESS')
                           AND t.deadline >= :from AND t.deadline < :before
                         ORDER BY t.deadline, t.id""")
                .setParameter("p", subtreePath + "%").setParameter("from", from).setParameter("before", before).getResultList();
        return rows.stream().map(r -> new TaskRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], toDate(r[4]),
                (String) r[5])).toList();
    }

    /**
     * The year's 述职评议 of the subtree, by organization name, then id, each with its ballots per choice
     * (only totals exist: no row says who chose what) and its panel's size; one row per report.
     */
    @SuppressWarnings("unchecked")
    public List<DutyReportRow> dutyReports(String subtreePath, int year) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT d.id, d.organization_id, d.organization_name, d.reporter_name, d.title, d.status,
                               COALESCE(SUM(CASE WHEN t.choice = 'EXCELLENT' THEN t.ballots END), 0),
                               COALESCE(SUM(CASE WHEN t.choice = 'GOOD' THEN t.ballots END), 0),
                               COALESCE(SUM(CASE WHEN t.choice = 'FAIR' THEN t.ballots END), 0),
                               COALESCE(SUM(CASE WHEN t.choice = 'POOR' THEN t.ballots END), 0),
                               (SELECT COUNT(*) FROM duty_report_panel p WHERE p.report_id = d.id)
                          FROM duty_report d LEFT JOIN duty_ballot_tally t ON t.report_id = d.id
                         WHERE d.report_year = :year AND d.organization_path LIKE :p
                         GROUP BY d.id, d.organization_id, d.organization_name, d.reporter_name, d.title, d.status
                         ORDER BY d.organization_name, d.id""")
                .setParameter("year", year).setParameter("p", subtreePath + "%").getResultList();
        return rows.stream().map(r -> new DutyReportRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), ((Number) r[10]).intValue())).toList();
    }

    /** 整改 items per report and status, with how many of them have a deadline before {@code today}. */
    @SuppressWarnings("unchecked")
    public List<RectificationCount> rectifications(String subtreePath, int year, LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.duty_report_id, r.status, COUNT(*), SUM(CASE WHEN r.deadline < :today THEN 1 ELSE 0 END)
                          FROM duty_report d JOIN rectification r ON r.duty_report_id = d.id
                         WHERE d.report_year = :year AND d.organization_path LIKE :p
                         GROUP BY r.duty_report_id, r.status""")
                .setParameter("year", year).setParameter("p", subtreePath + "%").setParameter("today", today).getResultList();
        return rows.stream().map(r -> new RectificationCount((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue())).toList();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
