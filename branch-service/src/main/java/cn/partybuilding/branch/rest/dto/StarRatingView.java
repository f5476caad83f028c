package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.RatingStatus;
import cn.partybuilding.branch.domain.StarLevel;
import cn.partybuilding.branch.domain.StarRating;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StarRating", description = "星级党支部评定 / A star rating of a branch for a year")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StarRatingView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "被评定的组织 / Organization rated") String organizationId,
        @Schema(description = "年度 / Year", examples = "2025") int year,
        @Schema(description = "星级 / Level", examples = "FIVE") StarLevel level,
        @Schema(description = "得分（0–100，两位小数） / Score, 0–100", examples = "92.50") BigDecimal score,
        @Schema(description = "评定单位 / Evaluator", examples = "市委市直机关工委") String evaluator,
        @Schema(description = "状态：PUBLIC_NOTICE 公示中，FINAL 已确定，WITHDRAWN 已撤回 / Status") RatingStatus status,
        @Schema(description = "公示开始 / Notice start", examples = "2025-12-01") LocalDate noticeStart,
        @Schema(description = "公示结束 / Notice end", examples = "2025-12-07") LocalDate noticeEnd,
        @Schema(description = "备注 / Remarks", examples = "五星级示范党支部") String remarks,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "更新时间 / Updated at") Instant updatedAt) {

    public static StarRatingView of(StarRating r) {
        return new StarRatingView(r.id, r.organizationId, r.year, r.level, r.score, r.evaluator, r.status,
                r.noticeStart, r.noticeEnd, r.remarks, r.version, r.createdAt, r.updatedAt);
    }
}
