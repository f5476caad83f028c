package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BranchCommitteeTest {

    @Test
    void sevenFullMembersAndThreeCommitteePostsMakeACommittee() {
        assertTrue(BranchCommittee.exists(7, 3));
        assertTrue(BranchCommittee.exists(30, 5));
    }

    @Test
    void aSmallerBranchHasNoneWhateverItsPosts() {
        assertFalse(BranchCommittee.exists(6, 3));
        assertFalse(BranchCommittee.exists(4, 1));
    }

    @Test
    void aLargeBranchWithoutThreeCommitteePostsHasNone() {
        assertFalse(BranchCommittee.exists(9, 2));
    }
}
