package cn.partybuilding.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static String score(String max, String value, String target) {
        return Scoring.automaticScore(new BigDecimal(max), new BigDecimal(value), new BigDecimal(target)).toPlainString();
    }

    @Test
    void theScoreIsTheMaximumTimesTheShareOfTheTargetToOneDecimal() {
        assertEquals("9.2", score("10", "91.67", "100"), "11 of 12 branches");
        assertEquals("4.0", score("5", "8", "10"));
        assertEquals("5.0", score("5", "14.5", "10"), "capped at the maximum");
        assertEquals("3.0", score("5", "3", "5"), "three stars of five");
        assertEquals("0.0", score("5", "0", "5"), "no rating");
        assertEquals("1.7", score("2.5", "6.6", "10"), "1.65 rounds half up");
    }

    @Test
    void aRateIsInPercentWithTwoDecimalsAndNothingOfNothingIsZero() {
        assertEquals("91.67", Scoring.percent(new BigDecimal("11"), new BigDecimal("12")).toPlainString());
        assertEquals("0.00", Scoring.percent(BigDecimal.ZERO, BigDecimal.ZERO).toPlainString());
    }
}
