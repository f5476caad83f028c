package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.MemberAttendance;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberAttendance", description = "一名党员在一段时间内的出勤率 / A member's attendance over a period")
public record MemberAttendanceView(
        @Schema(description = "党员 / Member") String memberId,
        @Schema(description = "起 / From") Instant from,
        @Schema(description = "止（不含） / To (exclusive)") Instant to,
        @Schema(description = "应参加的已完成活动 / Completed activities expected", examples = "20") long activities,
        @Schema(description = "出席（含迟到） / Attended, late included", examples = "18") long attended,
        @Schema(description = "请假 / On leave", examples = "1") long onLeave,
        @Schema(description = "出勤率 / Attendance rate", examples = "0.9") double attendanceRate) {

    public static MemberAttendanceView of(MemberAttendance attendance) {
        return new MemberAttendanceView(attendance.memberId(), attendance.from(), attendance.to(), attendance.activities(),
                attendance.attended(), attendance.onLeave(), attendance.attendanceRate());
    }
}
