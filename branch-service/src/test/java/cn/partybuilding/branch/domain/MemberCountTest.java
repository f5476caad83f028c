package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberCountTest {

    private static Member member(MemberStatus status, Post... posts) {
        Member member = new Member();
        member.status = status;
        member.posts = posts.length == 0 ? EnumSet.noneOf(Post.class) : EnumSet.of(posts[0], posts);
        return member;
    }

    @Test
    void aMemberCountsOnceInEachCountItBelongsTo() {
        assertEquals(new MemberCount(1, 1, 0, 0), MemberCount.of(member(MemberStatus.FULL)));
        assertEquals(new MemberCount(0, 1, 0, 0), MemberCount.of(member(MemberStatus.PROBATIONARY, Post.GROUP_LEADER)));
        assertEquals(new MemberCount(1, 1, 1, 0), MemberCount.of(member(MemberStatus.FULL, Post.SECRETARY)));
        // two 委员 posts are still one member of the committee
        assertEquals(new MemberCount(1, 1, 1, 1), MemberCount.of(member(MemberStatus.FULL,
                Post.ORGANIZATION_COMMITTEE_MEMBER, Post.PUBLICITY_COMMITTEE_MEMBER)));
    }

    @Test
    void changesAreDifferencesAndSums() {
        MemberCount before = MemberCount.of(member(MemberStatus.FULL));
        MemberCount after = MemberCount.of(member(MemberStatus.FULL, Post.DISCIPLINE_COMMITTEE_MEMBER));
        assertEquals(new MemberCount(0, 0, 1, 1), after.minus(before));
        assertTrue(before.minus(before).isZero());
        assertEquals(new MemberCount(1, 2, 1, 1), MemberCount.ofAll(List.of(member(MemberStatus.PROBATIONARY),
                member(MemberStatus.FULL, Post.DISCIPLINE_COMMITTEE_MEMBER))));
    }
}
