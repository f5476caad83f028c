package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.ResponsiblePost;
import cn.partybuilding.assessment.domain.TaskStatus;
import java.time.LocalDate;

/** A change of a task; null fields stay. Content and cancelling are the assigner's, progress and completion the assignee's. */
public record UpdateTask(String title, String description, LocalDate deadline, ResponsiblePost responsiblePost, TaskStatus status) {

    public boolean changesContent() {
        return title != null || description != null || deadline != null || responsiblePost != null;
    }
}
