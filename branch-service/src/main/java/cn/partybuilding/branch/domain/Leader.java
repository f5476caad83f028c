package cn.partybuilding.branch.domain;

/** A member holding a post in an organization. */
public record Leader(Post post, String memberId, String name) {
}
