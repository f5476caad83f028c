package cn.partybuilding.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How an automatic indicator's figure becomes its score. */
public final class Scoring {

    private Scoring() {
    }

    /** {@code maxScore × min(1, value ÷ target)}, to one decimal (half up); a value at or below zero scores 0. */
    public static BigDecimal automaticScore(BigDecimal maxScore, BigDecimal value, BigDecimal target) {
        if (value.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        BigDecimal ratio = value.divide(target, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE);
        return maxScore.multiply(ratio).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code numerator ÷ denominator} in percent, two decimals; 0 when the denominator is 0. */
    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
    }
}
