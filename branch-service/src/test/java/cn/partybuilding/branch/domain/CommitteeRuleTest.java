package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 《中国共产党支部工作条例（试行）》: "党支部委员会由3至5人组成，一般不超过7人"; "正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记".
 */
class CommitteeRuleTest {

    @ParameterizedTest(name = "full={0}, committee={1}, 委员={2} breaks [{3}]")
    @CsvSource({
            // a committee of three to seven in a branch of seven or more full members
            "7,  3, 2, ''",
            "20, 7, 5, ''",
            "20, 8, 6, COMMITTEE_TOO_LARGE",
            // a small branch: a secretary and, if needed, a deputy, and nobody else
            "6,  1, 0, ''",
            "6,  2, 0, ''",
            "6,  2, 1, COMMITTEE_IN_SMALL_BRANCH",
            "3,  3, 2, COMMITTEE_IN_SMALL_BRANCH",
            "0,  0, 0, ''",
            "5,  9, 7, COMMITTEE_TOO_LARGE COMMITTEE_IN_SMALL_BRANCH",
    })
    void reportsExactlyTheBrokenCommitteeRules(long full, long committee, long ordinary, String expectedRules) {
        Set<CommitteeRule> expected = expectedRules.isEmpty() ? Set.of()
                : Arrays.stream(expectedRules.split(" ")).map(CommitteeRule::valueOf).collect(Collectors.toSet());

        List<CommitteeRule> broken = CommitteeRule.broken(full, committee, ordinary);

        assertEquals(expected, Set.copyOf(broken));
        assertEquals(expected.size(), broken.size(), "each rule is reported once");
    }

    @Test
    void theSmallBranchRuleStartsWhereACommitteeIsRequired() {
        assertEquals(7, StructureRule.COMMITTEE_THRESHOLD);
        assertEquals(List.of(CommitteeRule.COMMITTEE_IN_SMALL_BRANCH), CommitteeRule.broken(6, 3, 1));
        assertEquals(List.of(), CommitteeRule.broken(7, 3, 1));
    }

    @ParameterizedTest
    @EnumSource(value = Post.class, names = {"ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER", "DISCIPLINE_COMMITTEE_MEMBER"})
    void organizationPublicityAndDisciplineMembersAreTheCommitteesOrdinaryPosts(Post post) {
        assertTrue(post.isCommitteePost());
        assertTrue(post.isOrdinaryCommitteePost());
    }

    @ParameterizedTest
    @EnumSource(value = Post.class, names = {"SECRETARY", "DEPUTY_SECRETARY", "GROUP_LEADER"})
    void secretariesAndGroupLeadersHoldNoOrdinaryCommitteePost(Post post) {
        assertFalse(post.isOrdinaryCommitteePost());
    }
}
