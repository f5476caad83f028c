package cn.partybuilding.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GradeTest {

    private static final GradeThresholds THRESHOLDS = new GradeThresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"));

    private static Grade grade(String total) {
        return Grade.of(new BigDecimal(total), THRESHOLDS);
    }

    @Test
    void eachThresholdIsTheLeastTotalOfItsGrade() {
        assertEquals(Grade.EXCELLENT, grade("100"));
        assertEquals(Grade.EXCELLENT, grade("90.0"));
        assertEquals(Grade.GOOD, grade("89.9"));
        assertEquals(Grade.GOOD, grade("80"));
        assertEquals(Grade.FAIR, grade("79.9"));
        assertEquals(Grade.FAIR, grade("60"));
        assertEquals(Grade.POOR, grade("59.9"));
        assertEquals(Grade.POOR, grade("0"));
    }

    @Test
    void thresholdsAscendAndStayWithinTheTotal() {
        assertTrue(THRESHOLDS.problem(new BigDecimal("100")).isEmpty());
        assertTrue(THRESHOLDS.problem(new BigDecimal("90")).isEmpty(), "excellent at exactly the total");
        assertEquals("thresholds.excellentMin", THRESHOLDS.problem(new BigDecimal("89.9")).orElseThrow().field());
        assertEquals("thresholds", new GradeThresholds(new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("60"))
                .problem(new BigDecimal("100")).orElseThrow().field(), "good equal to excellent");
        assertEquals("thresholds", new GradeThresholds(new BigDecimal("90"), new BigDecimal("60"), new BigDecimal("70"))
                .problem(new BigDecimal("100")).orElseThrow().field(), "fair above good");
        assertFalse(new GradeThresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("-1"))
                .problem(new BigDecimal("100")).isEmpty(), "negative");
    }
}
