package cn.partybuilding.activity.domain;

/**
 * 支部党员大会 quorum: more than half of the members entitled to vote must attend. Probationary
 * members (预备党员) attend but have no vote, so only full members count on both sides.
 */
public final class Quorum {

    private Quorum() {
    }

    public static boolean isMet(long fullMembersAttending, long fullMembers) {
        return fullMembers > 0 && fullMembersAttending * 2 > fullMembers;
    }
}
