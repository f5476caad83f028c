package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MyAttendance", description = "调用者本人的出勤；未登记时无 status / The caller's own attendance; no status until recorded")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyAttendanceView(
        @Schema(description = "出勤状态，未登记时无此字段 / Status, absent until recorded") AttendanceStatus status,
        @Schema(description = "扫码签到时间，未扫码时无此字段 / When the caller checked in, absent without a scan",
                examples = "2026-11-28T14:26:03+08:00") Instant checkedInAt) {

    public static MyAttendanceView of(Attendance row) {
        return new MyAttendanceView(row.status, row.checkedInAt);
    }
}
