package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.RatingStatus;
import cn.partybuilding.branch.domain.StarLevel;
import cn.partybuilding.branch.service.UpdateStarRating;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "修正公示中的评定，或变更状态（公示期满后 FINAL，或 WITHDRAWN） / Correct a rating under notice, or move it to FINAL (after the notice) or WITHDRAWN")
public record UpdateStarRatingRequest(
        @Schema(description = "星级 / Level") StarLevel level,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(description = "得分 / Score", pattern = "^\\d{1,3}([.]\\d{1,2})?$", examples = "93") BigDecimal score,
        @Size(min = 1, max = 100) @Schema(description = "评定单位 / Evaluator") String evaluator,
        @Schema(description = "公示开始 / Notice start") LocalDate noticeStart,
        @Schema(description = "公示结束 / Notice end") LocalDate noticeEnd,
        @Size(max = 500) @Schema(description = "备注 / Remarks") String remarks,
        @Schema(description = "新状态 / New status", examples = "FINAL") RatingStatus status) {

    public UpdateStarRating toCommand() {
        return new UpdateStarRating(level, score, evaluator, noticeStart, noticeEnd, remarks, status);
    }
}
