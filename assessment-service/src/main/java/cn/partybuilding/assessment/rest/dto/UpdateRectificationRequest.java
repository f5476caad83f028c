package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.service.UpdateRectification;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateRectificationRequest", description = "修改整改事项，省略的字段不变 / A change of a rectification item; omitted fields stay")
public record UpdateRectificationRequest(
        @Size(min = 1, max = 2000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*") @Schema(description = "问题 / The problem") String problem,
        @Size(min = 1, max = 4000) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*") @Schema(description = "整改措施 / Measures") String measures,
        @Size(min = 1, max = 50) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*") @Schema(description = "责任人 / Owner") String ownerName,
        @Size(max = 100) @Schema(description = "责任人职务 / Owner's post") String ownerPost,
        @Schema(description = "整改时限 / Deadline") LocalDate deadline) {

    public UpdateRectification toCommand() {
        return new UpdateRectification(problem, measures, ownerName, ownerPost, deadline);
    }
}
