package cn.partybuilding.branch.domain;

/** A member as its profile screen shows it: with the name of its organization beside the id. */
public record MemberProfile(MemberWithPersonalData shown, String organizationName) {
}
