package cn.partybuilding.volunteer.service;

/** 领愿 for an organization the caller manages, or by the calling member when the organization is null. */
public record ClaimWish(String organizationId) {

    public static final ClaimWish BY_CALLER = new ClaimWish(null);
}
