package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.ReviewResult;
import cn.partybuilding.assessment.service.ReviewRectification;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewRectificationRequest", description = "回头看：销号或重新整改 / Review: close, or reopen")
public record ReviewRectificationRequest(
        @NotNull @Schema(description = "CLOSED 销号，REOPENED 重新整改 / CLOSED, or REOPENED", required = true) ReviewResult result,
        @NotBlank @Size(max = 2000) @Schema(description = "回头看意见 / The reviewer's note", required = true) String note,
        @Schema(description = "重新整改的新时限（可选） / A new deadline when reopened (optional)", examples = "2026-12-31") LocalDate newDeadline) {

    public ReviewRectification toCommand() {
        return new ReviewRectification(result, note, newDeadline);
    }
}
