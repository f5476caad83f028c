package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.AssessmentReport;
import cn.partybuilding.assessment.domain.AssessmentStatus;
import cn.partybuilding.assessment.domain.DutyReportStatus;
import cn.partybuilding.assessment.domain.Grade;
import cn.partybuilding.assessment.domain.RectificationStatus;
import cn.partybuilding.assessment.domain.TaskStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentReport", description = "党建考核报表 / Assessment report of a subtree and a year")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentReportView(
        @Schema(description = "组织（含下级） / Organization (with its subtree)") String organizationId,
        @Schema(description = "组织名称 / The organization's name") String organizationName,
        @Schema(description = "年度 / Year", examples = "2025") int year,
        @Schema(description = "统计日（北京时间），逾期据此计算 / The day (China time) overdue items are counted on") LocalDate asOf,
        @Schema(description = "考核排名：每个考核方案内按总分从高到低，同分同名次，再按组织名称；尚未计分的列在该方案已计分者之后，无名次 / "
                + "Ranking within each scheme by total, highest first; equal totals share a rank, then by name; assessments not yet scored follow the scored ones of their scheme, without a rank")
        List<Ranked> ranking,
        @Schema(description = "等次分布 / Distribution of grades") Grades grades,
        @Schema(description = "逾期任务 / Overdue tasks") OverdueTasks overdueTasks,
        @Schema(description = "述职评议及整改进展 / Duty reports with their satisfaction and rectification progress") List<DutyReportProgress> dutyReports) {

    @Schema(name = "AssessmentRanking", description = "排名中的一项考核 / One assessment in the ranking")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Ranked(
            @Schema(description = "名次；尚未计分时无此字段 / Rank; absent until scored", examples = "1") Integer rank,
            @Schema(description = "考核 / Assessment") String assessmentId,
            @Schema(description = "组织 / Organization") String organizationId,
            @Schema(description = "组织名称 / Organization name") String organizationName,
            @Schema(description = "考核方案 / Scheme") String schemeId,
            @Schema(description = "方案名称 / Scheme name") String schemeName,
            @Schema(description = "考核状态 / Status") AssessmentStatus status,
            @Schema(description = "总分 / Total", examples = "92.5") BigDecimal total,
            @Schema(description = "等次 / Grade") Grade grade) {
    }

    @Schema(name = "AssessmentGradeDistribution", description = "各等次的考核数，四个等次都列出 / Assessments per grade, all four always present")
    public record Grades(
            @Schema(description = "优秀 / Excellent", examples = "12") int excellent,
            @Schema(description = "良好 / Good", examples = "30") int good,
            @Schema(description = "一般 / Fair", examples = "5") int fair,
            @Schema(description = "较差 / Poor", examples = "0") int poor,
            @Schema(description = "尚未定等 / Not yet graded", examples = "3") int notGraded) {
    }

    @Schema(name = "AssessmentReportOverdueTasks", description = "本年度时限已过而未完成、未取消的任务 / Tasks due in the year, past their deadline, neither done nor cancelled")
    public record OverdueTasks(
            @Schema(description = "逾期任务数 / How many", examples = "2") int count,
            @Schema(description = "按时限、编号排序 / By deadline, then id") List<OverdueTask> items) {
    }

    @Schema(name = "AssessmentReportOverdueTask", description = "一项逾期任务 / One overdue task")
    public record OverdueTask(
            @Schema(description = "任务 / Task") String id,
            @Schema(description = "任务名称 / Title") String title,
            @Schema(description = "承接组织 / Assignee") String assigneeOrganizationId,
            @Schema(description = "承接组织名称 / The assignee's name") String assigneeOrganizationName,
            @Schema(description = "完成时限 / Deadline") LocalDate deadline,
            @Schema(description = "逾期天数 / Days overdue", examples = "14") long daysOverdue,
            @Schema(description = "状态 / Status") TaskStatus status) {
    }

    @Schema(name = "AssessmentReportDutyReport", description = "一次述职评议：满意率与整改进展 / One duty report: satisfaction and rectification progress")
    public record DutyReportProgress(
            @Schema(description = "述职评议 / Duty report") String id,
            @Schema(description = "组织 / Organization") String organizationId,
            @Schema(description = "组织名称 / Organization name") String organizationName,
            @Schema(description = "述职人（书记） / The reporting secretary") String reporterName,
            @Schema(description = "标题 / Title") String title,
            @Schema(description = "状态 / Status") DutyReportStatus status,
            @Schema(description = "投票结果及满意率 / Ballot totals and satisfaction rate") BallotTotalsView ballots,
            @Schema(description = "整改事项进展 / Rectification progress") Rectifications rectifications) {
    }

    @Schema(name = "AssessmentReportRectifications", description = "整改事项按状态计数 / Rectification items by status")
    public record Rectifications(
            @Schema(description = "合计 / Total", examples = "5") int total,
            @Schema(description = "整改中 / Open", examples = "2") int open,
            @Schema(description = "已报整改完成 / Reported done", examples = "1") int rectified,
            @Schema(description = "回头看已销号 / Closed after review", examples = "2") int closed,
            @Schema(description = "逾期：整改中且时限早于今天 / Overdue: open and past the deadline", examples = "1") int overdue) {
    }

    public static AssessmentReportView of(AssessmentReport report) {
        return new AssessmentReportView(report.organizationId(), report.organizationName(), report.year(), report.asOf(),
                report.ranking().stream().map(r -> new Ranked(r.rank(), r.assessmentId(), r.organizationId(), r.organizationName(),
                        r.schemeId(), r.schemeName(), r.status(), r.total(), r.grade())).toList(),
                new Grades(report.grades().get(Grade.EXCELLENT), report.grades().get(Grade.GOOD), report.grades().get(Grade.FAIR),
                        report.grades().get(Grade.POOR), report.notGraded()),
                new OverdueTasks(report.overdueTasks().size(), report.overdueTasks().stream()
                        .map(t -> new OverdueTask(t.id(), t.title(), t.assigneeOrganizationId(), t.assigneeOrganizationName(), t.deadline(),
                                t.daysOverdue(), t.status())).toList()),
                report.dutyReports().stream().map(d -> new DutyReportProgress(d.id(), d.organizationId(), d.organizationName(),
                        d.reporterName(), d.title(), d.status(), BallotTotalsView.of(d.ballots()),
                        new Rectifications(d.rectificationCount(), d.rectifications().get(RectificationStatus.OPEN),
                                d.rectifications().get(RectificationStatus.RECTIFIED), d.rectifications().get(RectificationStatus.CLOSED),
                                d.overdueRectifications()))).toList());
    }
}
