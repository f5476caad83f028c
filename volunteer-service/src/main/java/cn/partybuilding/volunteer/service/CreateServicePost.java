package cn.partybuilding.volunteer.service;

import cn.partybuilding.volunteer.domain.PostCategory;
import java.time.LocalDate;

/** Publishes a service post; a null community means the staff caller's own. */
public record CreateServicePost(String communityId, String title, PostCategory category, String description, int capacity,
                                LocalDate startDate, LocalDate endDate) {
}
