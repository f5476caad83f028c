package cn.partybuilding.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotTotalsTest {

    @Test
    void satisfactionIsExcellentAndGoodOverAllBallotsInPercent() {
        BallotTotals totals = new BallotTotals(Map.of(BallotChoice.EXCELLENT, 2, BallotChoice.GOOD, 3, BallotChoice.FAIR, 1), 9);
        assertEquals(6, totals.ballots());
        assertEquals(0, totals.count(BallotChoice.POOR));
        assertEquals(new BigDecimal("83.33"), totals.satisfactionRate(), "5 of 6, rounded half up");
        assertEquals(new BigDecimal("66.67"), new BallotTotals(Map.of(BallotChoice.GOOD, 2, BallotChoice.POOR, 1), 3).satisfactionRate());
        assertEquals(new BigDecimal("100.00"), new BallotTotals(Map.of(BallotChoice.EXCELLENT, 1), 3).satisfactionRate());
        assertEquals(new BigDecimal("0.00"), new BallotTotals(Map.of(BallotChoice.FAIR, 1, BallotChoice.POOR, 4), 5).satisfactionRate(),
                "一般 and 差 are not satisfied");
    }

    @Test
    void theRateCountsBallotsCastNotThePanel() {
        assertEquals(new BigDecimal("50.00"), new BallotTotals(Map.of(BallotChoice.GOOD, 1, BallotChoice.FAIR, 1), 20).satisfactionRate());
    }

    @Test
    void noBallotsNoRate() {
        BallotTotals none = new BallotTotals(Map.of(), 5);
        assertEquals(0, none.ballots());
        assertNull(none.satisfactionRate());
    }
}
