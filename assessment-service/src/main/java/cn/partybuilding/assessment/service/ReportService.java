package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.AssessmentReport;
import cn.partybuilding.assessment.domain.AssessmentStatus;
import cn.partybuilding.assessment.domain.BallotChoice;
import cn.partybuilding.assessment.domain.BallotTotals;
import cn.partybuilding.assessment.domain.DutyReportStatus;
import cn.partybuilding.assessment.domain.Grade;
import cn.partybuilding.assessment.domain.RectificationStatus;
import cn.partybuilding.assessment.domain.TaskStatus;
import cn.partybuilding.assessment.repository.ReportRepository;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.time.ChinaTime;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 党建考核报表 of a subtree and a year, from this service's own tables: only the organization named
 * is read from branch-service, to check the caller sees it (the same rule, and the same 422, as
 * the other reads with {@code organizationId}). Overdue means as in the overdue views: a task
 * neither done nor cancelled, or an open 整改 item, whose deadline (a China date) is before today.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final DutyScope scope;

    public ReportService(ReportRepository reports, DutyScope scope) {
        this.reports = reports;
        this.scope = scope;
    }

    /** No transaction, as for the other reads: each part is one statement over committed rows. */
    public AssessmentReport report(String organizationId, int year) {
        BranchServiceClient.OrganizationRef root = scope.visibleOrganization(organizationId, "organizationId");
        String path = root.path();
        LocalDate today = ChinaTime.today();
        Log.debugf("ReportService.report organization=%s year=%d", organizationId, year);

        List<AssessmentReport.Ranked> ranking = AssessmentReport.rank(reports.assessments(path, year).stream()
                .map(a -> new AssessmentReport.Ranked(null, a.id(), a.organizationId(), a.organizationName(), a.schemeId(),
                        a.schemeName(), AssessmentStatus.valueOf(a.status()), a.total(), a.grade() == null ? null : Grade.valueOf(a.grade())))
                .toList());

        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            grades.put(grade, 0);
        }
        int notGraded = 0;
        for (ReportRepository.GradeCount count : reports.grades(path, year)) {
            if (count.grade() == null) {
                notGraded += count.count();
            } else {
                grades.merge(Grade.valueOf(count.grade()), count.count(), Integer::sum);
            }
        }

        // the year's tasks: those due in the year, overdue once their deadline has passed
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate before = today.isBefore(from.plusYears(1)) ? today : from.plusYears(1);
        List<AssessmentReport.OverdueTask> overdue = reports.overdueTasks(path, from, before).stream()
                .map(t -> new AssessmentReport.OverdueTask(t.id(), t.title(), t.assigneeOrganizationId(), t.assigneeOrganizationName(),
                        t.deadline(), ChronoUnit.DAYS.between(t.deadline(), today), TaskStatus.valueOf(t.status())))
                .toList();

        return new AssessmentReport(root.id(), root.name(), year, today, ranking, grades, notGraded, overdue,
                dutyReports(path, year, today));
    }

    private List<AssessmentReport.DutyReportProgress> dutyReports(String path, int year, LocalDate today) {
        Map<String, Map<RectificationStatus, Integer>> items = new HashMap<>();
        Map<String, Integer> overdue = new HashMap<>();
        for (ReportRepository.RectificationCount count : reports.rectifications(path, year, today)) {
            RectificationStatus status = RectificationStatus.valueOf(count.status());
            items.computeIfAbsent(count.reportId(), id -> new EnumMap<>(RectificationStatus.class)).put(status, count.count());
            if (status == RectificationStatus.OPEN) {
                overdue.put(count.reportId(), count.overdue());
            }
        }
        return reports.dutyReports(path, year).stream().map(d -> {
            Map<RectificationStatus, Integer> byStatus = new EnumMap<>(RectificationStatus.class);
            for (RectificationStatus status : RectificationStatus.values()) {
                byStatus.put(status, items.getOrDefault(d.id(), Map.of()).getOrDefault(status, 0));
            }
            BallotTotals ballots = new BallotTotals(Map.of(BallotChoice.EXCELLENT, d.excellent(), BallotChoice.GOOD, d.good(),
                    BallotChoice.FAIR, d.fair(), BallotChoice.POOR, d.poor()), d.panelSize());
            return new AssessmentReport.DutyReportProgress(d.id(), d.organizationId(), d.organizationName(), d.reporterName(), d.title(),
                    DutyReportStatus.valueOf(d.status()), ballots, byStatus, overdue.getOrDefault(d.id(), 0));
        }).toList();
    }
}
