package cn.partybuilding.activity.domain;

/** An activity and its attendance register, as the activity change feed delivers them. */
public record ActivityWithAttendance(Activity activity, AttendanceSummary attendance) {
}
