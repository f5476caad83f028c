package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.activity.domain.AttendanceSummary;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attendance", description = "一次活动的出勤 / Attendance of one activity")
public record AttendanceView(
        @Schema(description = "活动 / Activity") String activityId,
        @Schema(description = "应到 / Expected", examples = "12") int expected,
        @Schema(description = "出席（含迟到） / Attended, late included", examples = "10") int attended,
        @Schema(description = "迟到 / Late", examples = "1") int late,
        @Schema(description = "请假 / On leave", examples = "1") int onLeave,
        @Schema(description = "缺席 / Absent", examples = "1") int absent,
        @Schema(description = "未登记 / Not recorded yet", examples = "0") int notRecorded,
        @Schema(description = "出勤率：出席 / 应到 / Attendance rate: attended / expected", examples = "0.833") double attendanceRate,
        @Schema(description = "每名应到党员 / Each expected member") List<Entry> records) {

    public static AttendanceView of(AttendanceSummary summary) {
        return new AttendanceView(summary.activityId(), summary.expected(), summary.attended(), summary.late(),
                summary.onLeave(), summary.absent(), summary.notRecorded(), summary.attendanceRate(),
                summary.records().stream().map(Entry::of).toList());
    }

    @Schema(name = "AttendanceEntry", description = "一名党员的出勤 / One member's attendance")
    public record Entry(
            @Schema(description = "党员 / Member") String memberId,
            @Schema(description = "姓名 / Name", examples = "李晓梅") String memberName,
            @Schema(description = "正式党员（有表决权） / Full member (votes)") boolean fullMember,
            @Schema(description = "出勤状态，未登记时无此字段 / Status; absent until recorded") AttendanceStatus status,
            @Schema(description = "扫码签到时间 / Checked in at") Instant checkedInAt) {

        static Entry of(Attendance row) {
            return new Entry(row.key.memberId(), row.memberName, row.fullMember, row.status, row.checkedInAt);
        }
    }
}
