package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckIn", description = "签到结果；重复扫码返回首次签到 / The check-in; scanning again returns the first one")
public record CheckInView(
        @Schema(description = "活动 / Activity") String activityId,
        @Schema(description = "党员 / Member") String memberId,
        @Schema(description = "PRESENT 或 LATE / PRESENT or LATE") AttendanceStatus status,
        @Schema(description = "签到时间 / Checked in at") Instant checkedInAt) {

    public static CheckInView of(Attendance row) {
        return new CheckInView(row.key.activityId(), row.key.memberId(), row.status, row.checkedInAt);
    }
}
