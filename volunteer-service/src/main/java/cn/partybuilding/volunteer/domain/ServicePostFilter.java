package cn.partybuilding.volunteer.domain;

/** Which service posts a list shows; every part is optional. */
public record ServicePostFilter(String communityId, PostCategory category, PostStatus status) {
}
