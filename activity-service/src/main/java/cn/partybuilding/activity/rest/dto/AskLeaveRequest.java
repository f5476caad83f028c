package cn.partybuilding.activity.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AskLeaveRequest", description = "请假 / Ask for leave")
public record AskLeaveRequest(
        @NotBlank @Size(max = 500) @Schema(description = "理由 / Reason", required = true, examples = "外出公务") String reason) {
}
