package cn.partybuilding.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The result of a 述职评议's secret ballot: the ballots per choice, how many were cast, the panel's
 * size, and the satisfaction rate (好 + 较好) ÷ ballots cast, in percent with two decimals, rounded
 * half up; no rate without ballots.
 */
public record BallotTotals(Map<BallotChoice, Integer> byChoice, int panelSize) {

    public BallotTotals {
        Map<BallotChoice, Integer> all = new EnumMap<>(BallotChoice.class);
        for (BallotChoice choice : BallotChoice.values()) {
            all.put(choice, byChoice.getOrDefault(choice, 0));
        }
        byChoice = Map.copyOf(all);
    }

    public int count(BallotChoice choice) {
        return byChoice.get(choice);
    }

    public int ballots() {
        return byChoice.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** (好 + 较好) ÷ ballots in percent, e.g. 83.33; null when nobody has voted. */
    public BigDecimal satisfactionRate() {
        int ballots = ballots();
        if (ballots == 0) {
            return null;
        }
        int satisfied = count(BallotChoice.EXCELLENT) + count(BallotChoice.GOOD);
        return BigDecimal.valueOf(satisfied * 100L).divide(BigDecimal.valueOf(ballots), 2, RoundingMode.HALF_UP);
    }
}
