package cn.partybuilding.branch.domain;

/**
 * When a branch has a committee (支部委员会): 《中国共产党支部工作条例（试行）》 sets one up where a
 * branch has seven or more full members, of three to five members (usually no more than seven). A
 * smaller branch has a secretary, perhaps a deputy, and no committee. A branch large enough whose
 * committee posts are not filled has none either; the structure check reports it.
 */
public final class BranchCommittee {

    private BranchCommittee() {
    }

    public static boolean exists(long fullMembers, long committeePostsHeld) {
        return fullMembers >= StructureRule.COMMITTEE_THRESHOLD && committeePostsHeld >= StructureRule.MIN_COMMITTEE_MEMBERS;
    }
}
