package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.StarLevel;
import cn.partybuilding.branch.service.CreateStarRating;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "发布星级评定（进入公示） / Publish a star rating for public notice")
public record CreateStarRatingRequest(
        @NotBlank @Size(max = 26) @ValidId
        @Schema(description = "党支部或党总支 / Branch or general branch", required = true) String organizationId,
        @NotNull @Min(2000) @Max(2100)
        @Schema(description = "年度 / Year", required = true, examples = "2025") Integer year,
        @NotNull
        @Schema(description = "星级 / Level", required = true, examples = "FIVE") StarLevel level,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        @Schema(description = "得分 / Score", pattern = "^\\d{1,3}([.]\\d{1,2})?$", required = true, examples = "92.5") BigDecimal score,
        @NotBlank @Size(max = 100)
        @Schema(description = "评定单位 / Evaluator", required = true, examples = "市委市直机关工委") String evaluator,
        @Schema(description = "公示开始，默认今天 / Notice start, today by default", examples = "2025-12-01") LocalDate noticeStart,
        @Schema(description = "公示结束，默认开始后 7 天 / Notice end, 7 days after the start by default", examples = "2025-12-07") LocalDate noticeEnd,
        @Size(max = 500)
        @Schema(description = "备注 / Remarks", examples = "争创五星级示范党支部") String remarks) {

    public CreateStarRating toCommand() {
        return new CreateStarRating(organizationId, year, level, score, evaluator, noticeStart, noticeEnd, remarks);
    }
}
