package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.AssessmentScheme;
import cn.partybuilding.assessment.domain.IndicatorSource;
import cn.partybuilding.assessment.domain.SchemeCategory;
import cn.partybuilding.assessment.domain.SchemeIndicator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AssessmentScheme", description = "考核方案 / An indicator scheme")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemeView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "发布组织 / Issuing organization") String issuerId,
        @Schema(description = "发布组织名称 / Issuer's name", examples = "市直机关工委") String issuerName,
        @Schema(description = "考核年度 / Year", examples = "2025") int year,
        @Schema(description = "方案名称 / Name", examples = "2025年度模范机关创建考核方案") String name,
        SchemeBody.Thresholds thresholds,
        @Schema(description = "方案总分（各指标满分之和） / Total of the indicators' maximum scores", examples = "100") BigDecimal totalMax,
        @Schema(description = "已有考核依此方案开展，方案不能再修改 / An assessment under it has started; it no longer changes") boolean frozen,
        @Schema(description = "类别 / Categories") List<CategoryView> categories,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "更新时间 / Updated at") Instant updatedAt) {

    @Schema(name = "SchemeCategory", description = "考核类别 / A category")
    public record CategoryView(@Schema(description = "编号 / Id") String id,
                               @Schema(description = "名称 / Name", examples = "机关党建标准化") String name,
                               @Schema(description = "指标 / Indicators") List<IndicatorView> indicators) {
    }

    @Schema(name = "SchemeIndicator", description = "考核指标 / An indicator")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorView(@Schema(description = "编号（评分时引用） / Id, named by scores") String id,
                                @Schema(description = "名称 / Name", examples = "三会一课落实率") String name,
                                @Schema(description = "满分 / Maximum score", examples = "4") BigDecimal maxScore,
                                @Schema(description = "评分标准 / Scoring guidance") String guidance,
                                @Schema(description = "计分来源 / Source") IndicatorSource source,
                                @Schema(description = "满分对应的值（自动指标） / Value for the full score (automatic indicators)", examples = "100") BigDecimal target) {
    }

    public static SchemeView of(AssessmentScheme s, boolean frozen) {
        return new SchemeView(s.id, s.issuerId, s.issuerName, s.year, s.name,
                new SchemeBody.Thresholds(s.excellentMin, s.goodMin, s.fairMin), s.totalMax, frozen,
                s.categories.stream().map(SchemeView::category).toList(), s.version, s.createdAt, s.updatedAt);
    }

    private static CategoryView category(SchemeCategory c) {
        return new CategoryView(c.id, c.name, c.indicators.stream().map(SchemeView::indicator).toList());
    }

    private static IndicatorView indicator(SchemeIndicator i) {
        return new IndicatorView(i.id, i.name, i.maxScore, i.guidance, i.source, i.target);
    }
}
