package cn.partybuilding.volunteer.service;

import cn.partybuilding.volunteer.domain.PostStatus;
import java.time.LocalDate;

/** Changes or closes a service post; null fields stay as they are. */
public record UpdateServicePost(String title, String description, Integer capacity, LocalDate endDate, PostStatus status) {
}
