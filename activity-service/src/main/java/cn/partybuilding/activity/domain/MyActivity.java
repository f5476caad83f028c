package cn.partybuilding.activity.domain;

/** An activity the caller is expected at, with the caller's own attendance row. */
public record MyActivity(Activity activity, Attendance attendance) {
}
