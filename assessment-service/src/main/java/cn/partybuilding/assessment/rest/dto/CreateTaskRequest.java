package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.ResponsiblePost;
import cn.partybuilding.assessment.service.CreateTask;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateTaskRequest", description = "下达责任清单任务 / Assign a task")
public record CreateTaskRequest(
        @ValidId @Size(max = 26) @Schema(description = "下达组织；省略为令牌的组织 / The assigning organization; the token's when omitted") String assignerOrganizationId,
        @NotNull @ValidId @Size(max = 26) @Schema(description = "承接组织，须为下达组织的下级 / The assignee, below the assigner", required = true) String assigneeOrganizationId,
        @NotBlank @Size(max = 200) @Schema(description = "任务 / Title", required = true) String title,
        @Size(max = 4000) @Schema(description = "说明 / Description") String description,
        @NotNull @Schema(description = "完成时限 / Deadline", required = true, examples = "2026-12-31") LocalDate deadline,
        @NotNull @Schema(description = "责任岗位 / Responsible post", required = true) ResponsiblePost responsiblePost,
        @ValidId @Size(max = 26) @Schema(description = "对应的考核指标（可选） / The assessment indicator it serves (optional)") String indicatorId) {

    public CreateTask toCommand() {
        return new CreateTask(assignerOrganizationId, assigneeOrganizationId, title, description, deadline, responsiblePost, indicatorId);
    }
}
