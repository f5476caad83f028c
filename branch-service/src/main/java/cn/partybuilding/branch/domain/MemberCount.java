package cn.partybuilding.branch.domain;

import java.util.Collection;

/**
 * How members count in their organization's row of {@code organization_member_count}: full members,
 * all members, members holding a committee post, and members holding a 委员's post (beside secretary
 * and deputy). A change of counts is the difference of two of these.
 */
public record MemberCount(int full, int total, int committee, int ordinaryCommittee) {

    public static final MemberCount NONE = new MemberCount(0, 0, 0, 0);

    public static MemberCount of(Member member) {
        return new MemberCount(member.status == MemberStatus.FULL ? 1 : 0, 1, member.holdsCommitteePost() ? 1 : 0,
                member.holdsOrdinaryCommitteePost() ? 1 : 0);
    }

    public static MemberCount ofAll(Collection<Member> members) {
        return members.stream().map(MemberCount::of).reduce(NONE, MemberCount::plus);
    }

    public MemberCount plus(MemberCount other) {
        return new MemberCount(full + other.full, total + other.total, committee + other.committee,
                ordinaryCommittee + other.ordinaryCommittee);
    }

    public MemberCount minus(MemberCount other) {
        return new MemberCount(full - other.full, total - other.total, committee - other.committee,
                ordinaryCommittee - other.ordinaryCommittee);
    }

    public boolean isZero() {
        return equals(NONE);
    }
}
