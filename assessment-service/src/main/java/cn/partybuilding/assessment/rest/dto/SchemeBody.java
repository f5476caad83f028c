package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.IndicatorSource;
import cn.partybuilding.assessment.service.SchemeContent;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The parts of a scheme a create and a full update share. */
public final class SchemeBody {

    private SchemeBody() {
    }

    @Schema(name = "GradeThresholds", description = "等次分数线：优秀、良好、一般的最低总分，低于一般为较差；须递增且不超过方案总分 / The least total for 优秀, 良好, 一般; below is 较差; ascending and at most the scheme's total")
    public record Thresholds(
            @NotNull @Schema(description = "优秀最低分 / Least total for EXCELLENT", required = true, examples = "90") BigDecimal excellentMin,
            @NotNull @Schema(description = "良好最低分 / Least total for GOOD", required = true, examples = "80") BigDecimal goodMin,
            @NotNull @Schema(description = "一般最低分 / Least total for FAIR", required = true, examples = "60") BigDecimal fairMin) {
    }

    @Schema(name = "SchemeCategoryInput", description = "考核类别及其指标（按顺序） / A category and its indicators, in order")
    public record Category(
            @NotBlank @Size(max = 100) @Schema(description = "类别名称 / Name", required = true, examples = "机关党建标准化") String name,
            @NotEmpty @Size(max = 100) @Schema(description = "指标 / Indicators", required = true) List<@NotNull @Valid Indicator> indicators) {
    }

    @Schema(name = "SchemeIndicatorInput", description = "考核指标 / An indicator")
    public record Indicator(
            @NotBlank @Size(max = 200) @Schema(description = "指标名称 / Name", required = true, examples = "三会一课落实率") String name,
            @NotNull @Schema(description = "满分，大于 0，最多一位小数 / Maximum score, more than 0, one decimal", required = true, examples = "4") BigDecimal maxScore,
            @Size(max = 2000) @Schema(description = "评分标准 / Scoring guidance", examples = "按三会一课达标党支部比例计分") String guidance,
            @NotNull @Schema(description = "计分来源 / Source", required = true, examples = "COMPLIANCE_RATE") IndicatorSource source,
            @Schema(description = "自动指标满分对应的值（比率为百分数，默认 100；人均志愿服务时长必填；星级默认 5）；人工指标无此项 / An automatic indicator's value for the full score (rates in percent, 100 by default; required for hours per member; stars 5 by default); none for manual indicators", examples = "100") BigDecimal target) {
    }

    static SchemeContent content(int year, String name, Thresholds thresholds, List<Category> categories) {
        return new SchemeContent(year, name, thresholds.excellentMin(), thresholds.goodMin(), thresholds.fairMin(),
                categories.stream().map(c -> new SchemeContent.Category(c.name(), c.indicators().stream()
                        .map(i -> new SchemeContent.Indicator(i.name(), i.maxScore(), i.guidance(), i.source(), i.target())).toList()))
                        .toList());
    }

    /** The year bounds every scheme keeps. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @Schema(name = "CreateSchemeRequest", description = "发布考核方案 / Issue an indicator scheme")
    public record Create(
            @NotBlank @Size(max = 26) @cn.partybuilding.common.id.ValidId @Schema(description = "发布组织（通常为机关工委） / Issuing organization", required = true) String issuerId,
            @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) @Schema(description = "考核年度 / Year", required = true, examples = "2025") Integer year,
            @NotBlank @Size(max = 100) @Schema(description = "方案名称 / Name", required = true, examples = "2025年度模范机关创建考核方案") String name,
            @NotNull @Valid @Schema(required = true) Thresholds thresholds,
            @NotEmpty @Size(max = 20) @Schema(description = "类别（按顺序） / Categories, in order", required = true) List<@NotNull @Valid Category> categories) {

        public SchemeContent toContent() {
            return content(year, name, thresholds, categories);
        }
    }

    @Schema(name = "UpdateSchemeRequest", description = "修改考核方案（整体替换；发布组织不变） / Replace a scheme's content; the issuer stays")
    public record Update(
            @NotNull @Min(MIN_YEAR) @Max(MAX_YEAR) @Schema(description = "考核年度 / Year", required = true, examples = "2025") Integer year,
            @NotBlank @Size(max = 100) @Schema(description = "方案名称 / Name", required = true, examples = "2025年度模范机关创建考核方案") String name,
            @NotNull @Valid @Schema(required = true) Thresholds thresholds,
            @NotEmpty @Size(max = 20) @Schema(description = "类别（按顺序） / Categories, in order", required = true) List<@NotNull @Valid Category> categories) {

        public SchemeContent toContent() {
            return content(year, name, thresholds, categories);
        }
    }
}
