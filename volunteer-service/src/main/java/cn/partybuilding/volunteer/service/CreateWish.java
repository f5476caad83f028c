package cn.partybuilding.volunteer.service;

import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.domain.Resident;

/** Publishes a resident's wish; a null community means the staff caller's own, the resident is optional. */
public record CreateWish(String communityId, String title, String description, PostCategory category, Resident resident) {
}
