package cn.partybuilding.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentRankingTest {

    private static AssessmentReport.Ranked row(String scheme, String total) {
        return new AssessmentReport.Ranked(null, "a", "o", "组织", scheme, "方案" + scheme, AssessmentStatus.SCORED,
                total == null ? null : new BigDecimal(total), null);
    }

    @Test
    void equalTotalsShareARankWithinEachSchemeAndTheUnscoredHaveNone() {
        List<AssessmentReport.Ranked> ranked = AssessmentReport.rank(List.of(
                row("A", "95.0"), row("A", "90.0"), row("A", "90.00"), row("A", "80.0"), row("A", null), row("A", null),
                row("B", "60.0"), row("B", "60.0"), row("B", null)));
        assertEquals(Arrays.asList(1, 2, 2, 4, null, null, 1, 1, null), ranked.stream().map(AssessmentReport.Ranked::rank).toList());
    }
}
