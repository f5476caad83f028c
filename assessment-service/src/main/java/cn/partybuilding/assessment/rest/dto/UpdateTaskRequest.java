package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.ResponsiblePost;
import cn.partybuilding.assessment.domain.TaskStatus;
import cn.partybuilding.assessment.service.UpdateTask;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateTaskRequest", description = "修改任务，省略的字段不变 / A change of a task; omitted fields stay")
public record UpdateTaskRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*") @Schema(description = "任务（下达组织） / Title (assigner)") String title,
        @Size(max = 4000) @Schema(description = "说明（下达组织） / Description (assigner)") String description,
        @Schema(description = "完成时限（下达组织） / Deadline (assigner)") LocalDate deadline,
        @Schema(description = "责任岗位（下达组织） / Responsible post (assigner)") ResponsiblePost responsiblePost,
        @Schema(description = "IN_PROGRESS、DONE 由承接组织，CANCELLED 由下达组织 / IN_PROGRESS and DONE by the assignee, CANCELLED by the assigner") TaskStatus status) {

    public UpdateTask toCommand() {
        return new UpdateTask(title, description, deadline, responsiblePost, status);
    }
}
