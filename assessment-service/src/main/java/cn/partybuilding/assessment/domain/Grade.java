package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;

/** 考核等次: 优秀, 良好, 一般, 较差, by a scheme's thresholds (the least total for each of the first three). */
@Schema(description = "考核等次 / Grade：EXCELLENT 优秀, GOOD 良好, FAIR 一般, POOR 较差")
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
