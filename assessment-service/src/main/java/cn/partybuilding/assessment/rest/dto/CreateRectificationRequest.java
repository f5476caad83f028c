package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.service.CreateRectification;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateRectificationRequest", description = "新建整改事项 / A new rectification item")
public record CreateRectificationRequest(
        @NotNull @ValidId @Size(max = 26) @Schema(description = "整改的党组织 / The organization that rectifies", required = true) String organizationId,
        @ValidId @Size(max = 26) @Schema(description = "来源述职评议（可选，须为同一组织） / The duty report it was raised at (optional, same organization)") String dutyReportId,
        @NotBlank @Size(max = 2000) @Schema(description = "问题 / The problem", required = true) String problem,
        @NotBlank @Size(max = 4000) @Schema(description = "整改措施 / Measures", required = true) String measures,
        @NotBlank @Size(max = 50) @Schema(description = "责任人 / Owner", required = true, examples = "张建国") String ownerName,
        @Size(max = 100) @Schema(description = "责任人职务 / Owner's post", examples = "支部书记") String ownerPost,
        @NotNull @Schema(description = "整改时限 / Deadline", required = true, examples = "2026-06-30") LocalDate deadline) {

    public CreateRectification toCommand() {
        return new CreateRectification(organizationId, dutyReportId, problem, measures, ownerName, ownerPost, deadline);
    }
}
