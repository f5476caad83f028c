package cn.partybuilding.assessment.domain;

import java.math.BigDecimal;

/** 考核等次: 优秀, 良好, 一般, 较差, by a scheme's thresholds (the least total for each of the first three). */
public enum Grade {
    EXCELLENT, GOOD, FAIR, POOR;

    /** The grade of {@code total}: at least {@code excellentMin} is EXCELLENT, and so on down; below {@code fairMin} POOR. */
    public static Grade of(BigDecimal total, GradeThresholds thresholds) {
        if (total.compareTo(thresholds.excellentMin()) >= 0) {
            return EXCELLENT;
        }
        if (total.compareTo(thresholds.goodMin()) >= 0) {
            return GOOD;
        }
        if (total.compareTo(thresholds.fairMin()) >= 0) {
            return FAIR;
        }
        return POOR;
    }
}
