package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.ResponsiblePost;
import java.time.LocalDate;

/** A task assigned by {@code assignerOrganizationId} (the caller's organization when null) to an organization below it. */
public record CreateTask(String assignerOrganizationId, String assigneeOrganizationId, String title, String description,
                         LocalDate deadline, ResponsiblePost responsiblePost, String indicatorId) {
}
