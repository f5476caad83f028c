package cn.partybuilding.assessment.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskProgressRequest", description = "任务进展 / A progress note")
public record TaskProgressRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "进展情况 / What has been done", required = true) String text,
        @Min(0) @Max(100) @Schema(description = "完成百分比（可选） / Percent done (optional)", examples = "50") Integer percent) {
}
