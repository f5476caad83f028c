package cn.partybuilding.activity.rest;

import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.ComplianceReport;
import cn.partybuilding.common.table.ReportFiles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compliance report as a file to download, CSV or Excel, under Chinese headers; the files are
 * written (and formula-like text neutralised) by {@link ReportFiles}.
 */
final class ComplianceTable {

    private static final List<String> HEADERS = List.of("组织编号", "组织名称", "统计期间", "活动类型", "应开次数", "实开次数", "是否达标",
            "出勤率", "未达法定人数的党员大会", "计入的活动", "未计入的活动及原因");

    private ComplianceTable() {
    }

    /**
     * One row per branch and requirement, the same for CSV and Excel, with the listed activities of that
     * type that counted and those that did not (and why); a listed activity of a type the branch is not
     * required to hold in the period gets a row of its own, marked 不要求.
     */
    private static List<List<Object>> rows(ComplianceReport report) {
        String period = report.period().label();
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceReport.Branch branch : report.branches()) {
            String shortfalls = branch.meetingsWithoutQuorum().stream().map(ComplianceReport.Meeting::activityId)
                    .collect(Collectors.joining(" "));
            Set<ActivityType> typesWithRows = EnumSet.noneOf(ActivityType.class);
            for (ComplianceReport.RequirementResult result : branch.requirements()) {
                typesWithRows.add(result.type());
                rows.add(row(branch, period, result.type(), result.required(), result.held(), result.met() ? "是" : "否", shortfalls));
            }
            branch.meetings().stream().map(ComplianceReport.Meeting::type).filter(type -> !typesWithRows.contains(type)).distinct()
                    .forEach(type -> rows.add(row(branch, period, type, 0, 0, "不要求", shortfalls)));
        }
        return rows;
    }

    private static List<Object> row(ComplianceReport.Branch branch, String period, ActivityType type, int required, int held,
                                    String met, String shortfalls) {
        List<ComplianceReport.Meeting> ofType = branch.meetings().stream().filter(meeting -> meeting.type() == type).toList();
        String counted = ofType.stream().filter(meeting -> meeting.counting().counted()).map(ComplianceReport.Meeting::activityId)
                .collect(Collectors.joining(" "));
        String notCounted = ofType.stream().filter(meeting -> !meeting.counting().counted()).map(ComplianceTable::whyNotCounted)
                .collect(Collectors.joining("；"));
        return Stream.<Object>of(branch.organizationId(), branch.name(), period, type.name(), required, held, met,
                branch.attendanceRate(), shortfalls, counted, notCounted).toList();
    }

    private static String whyNotCounted(ComplianceReport.Meeting meeting) {
        String why = switch (meeting.counting()) {
            case NO_QUORUM -> "未达法定人数（有表决权的党员到会" + meeting.votingMembersPresent() + "人，应到" + meeting.votingMembers() + "人）";
            case NO_COMMITTEE -> "支部未设支委会，不要求支委会";
            case NOT_REQUIRED -> "本期不要求此类活动";
            case COUNTED -> "计入";
        };
        return meeting.activityId() + " " + meeting.title() + "：" + why;
    }

    static List<ReportFiles.Table> tables(ComplianceReport report) {
        return List.of(new ReportFiles.Table("三会一课 " + report.period().label(), HEADERS, rows(report)));
    }
}
