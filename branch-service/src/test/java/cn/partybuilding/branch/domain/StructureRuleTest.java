package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StructureRuleTest {

    @ParameterizedTest(name = "full={0}, total={1}, committee={2} breaks [{3}]")
    @CsvSource({
            "2,  2,  1, TOO_FEW_FULL_MEMBERS",
            "3,  3,  0, ''",
            "6,  6,  0, ''",
            "7,  7,  2, COMMITTEE_REQUIRED",
            "7,  7,  3, ''",
            "40, 50, 3, ''",
            "40, 51, 3, TOO_MANY_MEMBERS",
            "2,  60, 0, TOO_FEW_FULL_MEMBERS TOO_MANY_MEMBERS",
            "60, 60, 0, TOO_MANY_MEMBERS COMMITTEE_REQUIRED",
    })
    void reportsExactlyTheBrokenRules(long full, long total, long committee, String expectedRules) {
        Set<StructureRule> expected = expectedRules.isEmpty() ? Set.of()
                : Arrays.stream(expectedRules.split(" ")).map(StructureRule::valueOf).collect(Collectors.toSet());

        List<StructureRule> broken = StructureRule.broken(full, total, committee);

        assertEquals(expected, Set.copyOf(broken));
        assertEquals(expected.size(), broken.size(), "each rule is reported once");
    }
}
