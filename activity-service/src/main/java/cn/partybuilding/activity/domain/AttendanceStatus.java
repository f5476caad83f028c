package cn.partybuilding.activity.domain;

/** How an expected attendee took part. */
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
