package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.ActivityWithAttendance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActivityWithAttendance", description = "活动及其出勤 / An activity and its attendance")
public record ActivityWithAttendanceView(
        @Schema(description = "活动 / The activity") ActivityView activity,
        @Schema(description = "出勤 / Its attendance") AttendanceView attendance) {

    public static ActivityWithAttendanceView of(ActivityWithAttendance a) {
        return new ActivityWithAttendanceView(ActivityView.of(a.activity()), AttendanceView.of(a.attendance()));
    }
}
