package cn.partybuilding.assessment.rest;

import cn.partybuilding.assessment.domain.AssessmentReport;
import cn.partybuilding.assessment.domain.BallotChoice;
import cn.partybuilding.assessment.domain.Grade;
import cn.partybuilding.assessment.domain.RectificationStatus;
import cn.partybuilding.common.table.ReportFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The assessment report as a file under Chinese headers: four tables (ranking, grades, overdue
 * tasks, duty reports with their rectification progress), four sheets in Excel, one after the
 * other in CSV with an empty line between them.
 */
final class AssessmentReportTable {

    static final String RANKING = "考核排名";
    static final String GRADES = "等次分布";
    static final String OVERDUE_TASKS = "逾期任务";
    static final String DUTY_REPORTS = "述职评议与整改";

    static final List<String> RANKING_HEADERS = List.of("名次", "组织编号", "组织名称", "考核方案", "考核状态", "总分", "等次");
    static final List<String> GRADE_HEADERS = List.of("等次", "考核数");
    static final List<String> TASK_HEADERS = List.of("任务编号", "任务名称", "承接组织编号", "承接组织名称", "完成时限", "逾期天数", "状态");
    static final List<String> DUTY_HEADERS = List.of("述职评议编号", "组织编号", "组织名称", "述职人", "标题", "状态", "评议组人数", "已投票数",
            "好", "较好", "一般", "差", "满意率(%)", "整改事项", "整改中", "已报整改完成", "回头看已销号", "逾期整改");

    private AssessmentReportTable() {
    }

    static String gradeName(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> "优秀";
            case GOOD -> "良好";
            case FAIR -> "一般";
            case POOR -> "较差";
        };
    }

    static List<ReportFiles.Table> tables(AssessmentReport report) {
        List<List<Object>> ranking = new ArrayList<>();
        for (AssessmentReport.Ranked r : report.ranking()) {
            ranking.add(Arrays.asList(r.rank(), r.organizationId(), r.organizationName(), r.schemeName(), r.status().name(), r.total(),
                    r.grade() == null ? "" : gradeName(r.grade())));
        }
        List<List<Object>> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            grades.add(List.of(gradeName(grade), report.grades().get(grade)));
        }
        grades.add(List.of("尚未定等", report.notGraded()));
        List<List<Object>> tasks = new ArrayList<>();
        for (AssessmentReport.OverdueTask t : report.overdueTasks()) {
            tasks.add(List.of(t.id(), t.title(), t.assigneeOrganizationId(), t.assigneeOrganizationName(), t.deadline().toString(),
                    t.daysOverdue(), t.status().name()));
        }
        List<List<Object>> duty = new ArrayList<>();
        for (AssessmentReport.DutyReportProgress d : report.dutyReports()) {
            duty.add(Arrays.asList(d.id(), d.organizationId(), d.organizationName(), d.reporterName(), d.title(), d.status().name(),
                    d.ballots().panelSize(), d.ballots().ballots(), d.ballots().count(BallotChoice.EXCELLENT),
                    d.ballots().count(BallotChoice.GOOD), d.ballots().count(BallotChoice.FAIR), d.ballots().count(BallotChoice.POOR),
                    d.ballots().satisfactionRate(), d.rectificationCount(), d.rectifications().get(RectificationStatus.OPEN),
                    d.rectifications().get(RectificationStatus.RECTIFIED), d.rectifications().get(RectificationStatus.CLOSED),
                    d.overdueRectifications()));
        }
        return List.of(new ReportFiles.Table(RANKING, RANKING_HEADERS, ranking), new ReportFiles.Table(GRADES, GRADE_HEADERS, grades),
                new ReportFiles.Table(OVERDUE_TASKS, TASK_HEADERS, tasks), new ReportFiles.Table(DUTY_REPORTS, DUTY_HEADERS, duty));
    }
}
