package cn.partybuilding.volunteer.domain;

/** Which wishes a list shows: a community, a status, a claiming member or a claiming subtree, each optional. */
public record WishFilter(String communityId, WishStatus status, String claimerMemberId, String claimerSubtreePath) {
}
