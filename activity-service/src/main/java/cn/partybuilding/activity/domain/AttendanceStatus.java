package cn.partybuilding.activity.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an expected attendee took part. */
@Schema(description = "出勤状态 / Attendance status：PRESENT 出席, LATE 迟到, ON_LEAVE 请假, ABSENT 缺席")
public enum AttendanceStatus {
    PRESENT,
    LATE,
    /** 请假: an approved leave request */
    ON_LEAVE,
    ABSENT;

    /** Present in person, on time or late: what attendance rates and quorums count. */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
