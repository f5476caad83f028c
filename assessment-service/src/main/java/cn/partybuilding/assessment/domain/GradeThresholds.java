package cn.partybuilding.assessment.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A scheme's grade thresholds: the least total for 优秀, 良好 and 一般. They ascend strictly
 * (fair &lt; good &lt; excellent), are not negative, and none exceeds the scheme's total maximum.
 */
public record GradeThresholds(BigDecimal excellentMin, BigDecimal goodMin, BigDecimal fairMin) {

    /** What is wrong with these thresholds against {@code totalMax}, or empty. */
    public Optional<Problem> problem(BigDecimal totalMax) {
        if (fairMin.signum() < 0 || fairMin.compareTo(goodMin) >= 0 || goodMin.compareTo(excellentMin) >= 0) {
            return Optional.of(new Problem("thresholds", null));
        }
        if (excellentMin.compareTo(totalMax) > 0) {
            return Optional.of(new Problem("thresholds.excellentMin", excellentMin));
        }
        return Optional.empty();
    }

    /** The field at fault; {@code value} set when a threshold exceeds the total maximum. */
    public record Problem(String field, BigDecimal value) {
    }
}
