package cn.partybuilding.activity.domain;

import java.time.Instant;

/** A member's attendance over the completed activities they were expected at, from {@code from} to {@code to} (exclusive). */
public record MemberAttendance(String memberId, Instant from, Instant to, long activities, long attended, long onLeave) {

    public double attendanceRate() {
        return AttendanceRate.of(attended, activities);
    }
}
