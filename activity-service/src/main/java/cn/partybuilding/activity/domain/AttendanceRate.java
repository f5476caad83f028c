package cn.partybuilding.activity.domain;

/** Attended over expected, to three decimals; 0 when nobody was expected. */
public final class AttendanceRate {

    private AttendanceRate() {
    }

    public static double of(long attended, long expected) {
        return expected == 0 ? 0 : Math.round(attended * 1000.0 / expected) / 1000.0;
    }
}
