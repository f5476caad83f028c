package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.ComplianceReport;
import cn.partybuilding.activity.domain.Counting;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplianceReport", description = "三会一课落实情况 / Compliance with the required meetings and lectures")
public record ComplianceReportView(
        @Schema(description = "统计的组织（含下级） / The organization whose subtree is reported") String organizationId,
        @Schema(description = "统计期间 / Period", examples = "2025-Q3") String period,
        @Schema(description = "党支部数 / Branches", examples = "120") int branches,
        @Schema(description = "全部达标的党支部数 / Branches meeting every requirement", examples = "97") int compliantBranches,
        @Schema(description = "各党支部 / Each branch") List<Branch> items) {

    public static ComplianceReportView of(ComplianceReport report) {
        return new ComplianceReportView(report.organizationId(), report.period().label(), report.branches().size(),
                report.compliantBranches(), report.branches().stream().map(Branch::of).toList());
    }

    @Schema(name = "ComplianceBranch", description = "一个党支部的落实情况 / One branch")
    public record Branch(
            @Schema(description = "党支部 / Branch") String organizationId,
            @Schema(description = "名称 / Name", examples = "市财政局机关第一党支部") String name,
            @Schema(description = "是否全部达标 / Meets every requirement") boolean compliant,
            @Schema(description = "各项要求 / Each requirement") List<RequirementResult> requirements,
            @Schema(description = "出勤率（已完成活动） / Attendance rate of completed activities", examples = "0.91") double attendanceRate,
            @Schema(description = "未达法定人数的支部党员大会（视为未召开，不计入） / General meetings without a quorum (not held, not counted)") List<QuorumShortfall> meetingsWithoutQuorum,
            @Schema(description = "已完成活动的计入情况：默认只列未计入的（未达法定人数的支部党员大会），include=meetings 时列出全部 / "
                    + "How completed activities counted: by default only those that did not (general meetings without a quorum); "
                    + "all of them with include=meetings") List<MeetingCounted> meetings) {

        static Branch of(ComplianceReport.Branch branch) {
            return new Branch(branch.organizationId(), branch.name(), branch.compliant(),
                    branch.requirements().stream().map(RequirementResult::of).toList(), branch.attendanceRate(),
                    branch.meetingsWithoutQuorum().stream().map(QuorumShortfall::of).toList(),
                    branch.meetings().stream().map(MeetingCounted::of).toList());
        }
    }

    @Schema(name = "ComplianceMeeting", description = "一次已完成的活动及其计入情况 / A completed activity and how it counted")
    public record MeetingCounted(
            @Schema(description = "活动 / Activity", examples = "01JE0Q4M2B8X6N3C5V7Z9K1D2F") String activityId,
            @Schema(description = "举办的组织（党支部或其党小组） / Organization that held it (the branch or one of its party groups)",
                    examples = "01JDZ9Y4K3M8Q2W6E5R7T1V0XA") String organizationId,
            @Schema(description = "活动类型 / Type") ActivityType type,
            @Schema(description = "标题 / Title", examples = "2026年第一季度支部党员大会") String title,
            @Schema(description = "开始 / Start") Instant startAt,
            @Schema(description = "是否计入同类要求 / Counted for the requirement of its type") boolean counted,
            @Schema(description = "计入或不计入的原因 / Why it counted or not") Counting counting,
            @Schema(description = "有表决权的党员（正式党员） / Voting (full) members", examples = "4") int votingMembers,
            @Schema(description = "到会的有表决权党员 / Voting members present", examples = "2") int votingMembersPresent) {

        static MeetingCounted of(ComplianceReport.Meeting meeting) {
            return new MeetingCounted(meeting.activityId(), meeting.organizationId(), meeting.type(), meeting.title(),
                    meeting.startAt(), meeting.counting().counted(), meeting.counting(), meeting.votingMembers(),
                    meeting.votingMembersPresent());
        }
    }

    @Schema(name = "ComplianceRequirement", description = "一项要求 / One requirement")
    public record RequirementResult(
            @Schema(description = "活动类型 / Type") ActivityType type,
            @Schema(description = "应开次数 / Required", examples = "3") int required,
            @Schema(description = "实开次数（已完成） / Held (completed)", examples = "2") int held,
            @Schema(description = "是否达标 / Met") boolean met) {

        static RequirementResult of(ComplianceReport.RequirementResult result) {
            return new RequirementResult(result.type(), result.required(), result.held(), result.met());
        }
    }

    @Schema(name = "QuorumShortfall", description = "一次未达法定人数的支部党员大会 / A general meeting without quorum")
    public record QuorumShortfall(
            @Schema(description = "活动 / Activity") String activityId,
            @Schema(description = "开始 / Start") Instant startAt,
            @Schema(description = "有表决权的党员 / Voting members", examples = "9") int votingMembers,
            @Schema(description = "到会的有表决权党员 / Voting members present", examples = "4") int votingMembersPresent) {

        static QuorumShortfall of(ComplianceReport.Meeting meeting) {
            return new QuorumShortfall(meeting.activityId(), meeting.startAt(), meeting.votingMembers(),
                    meeting.votingMembersPresent());
        }
    }
}
