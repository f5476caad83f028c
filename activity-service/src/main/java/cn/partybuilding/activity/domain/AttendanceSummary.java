package cn.partybuilding.activity.domain;

import java.util.List;

/** The attendance of one activity: every expected member's row and what they add up to. */
public record AttendanceSummary(String activityId, List<Attendance> records, int attended, int late, int onLeave,
                                int absent, int notRecorded) {

    public static AttendanceSummary of(String activityId, List<Attendance> records) {
        int attended = 0;
        int late = 0;
        int onLeave = 0;
        int absent = 0;
        int notRecorded = 0;
        for (Attendance row : records) {
            if (row.status == null) {
                notRecorded++;
            } else {
                switch (row.status) {
                    case PRESENT -> attended++;
                    case LATE -> {
                        attended++;
                        late++;
                    }
                    case ON_LEAVE -> onLeave++;
                    case ABSENT -> absent++;
                }
            }
        }
        return new AttendanceSummary(activityId, List.copyOf(records), attended, late, onLeave, absent, notRecorded);
    }

    public int expected() {
        return records.size();
    }

    public double attendanceRate() {
        return AttendanceRate.of(attended, expected());
    }
}
