package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.AttendanceStatus;
import java.util.List;

/** The secretary records or corrects how expected members took part. */
public record RecordAttendance(List<Entry> records) {

    public record Entry(String memberId, AttendanceStatus status) {
    }
}
