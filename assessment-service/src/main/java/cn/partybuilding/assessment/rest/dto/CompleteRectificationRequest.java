package cn.partybuilding.assessment.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompleteRectificationRequest", description = "报告整改完成 / Report the rectification done")
public record CompleteRectificationRequest(
        @NotBlank @Size(max = 4000) @Schema(description = "整改情况说明 / What was done", required = true) String note) {
}
