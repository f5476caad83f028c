package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.Assessment;
import cn.partybuilding.assessment.domain.AssessmentDetail;
import cn.partybuilding.assessment.domain.AssessmentScheme;
import cn.partybuilding.assessment.domain.AssessmentScore;
import cn.partybuilding.assessment.domain.AssessmentStatus;
import cn.partybuilding.assessment.domain.Grade;
import cn.partybuilding.assessment.domain.IndicatorSource;
import cn.partybuilding.assessment.domain.SchemeCategory;
import cn.partybuilding.assessment.domain.SchemeIndicator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assessment", description = "年度考核 / An annual assessment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "考核方案 / Scheme") String schemeId,
        @Schema(description = "方案名称 / Scheme name", examples = "2025年度模范机关创建考核方案") String schemeName,
        @Schema(description = "考核年度 / Year", examples = "2025") int year,
        @Schema(description = "被考核组织 / Organization assessed") String organizationId,
        @Schema(description = "被考核组织名称 / Its name", examples = "市民政局机关党委") String organizationName,
        @Schema(description = "考核组织（方案发布组织） / Assessing organization (the scheme's issuer)") String assessorId,
        @Schema(description = "考核组织名称 / Its name", examples = "市直机关工委") String assessorName,
        @Schema(description = "阶段 / Stage") AssessmentStatus status,
        @Schema(description = "自评总分（人工指标自评分与自动得分之和） / Self total (self scores and automatic scores)", examples = "92.5") BigDecimal selfTotal,
        @Schema(description = "审核总分（人工指标审核分与自动得分之和） / Review total (review scores and automatic scores)", examples = "90.5") BigDecimal reviewTotal,
        @Schema(description = "最终总分（SCORED 起） / Final total, from SCORED on", examples = "90.5") BigDecimal total,
        @Schema(description = "等次（SCORED 起） / Grade, from SCORED on") Grade grade,
        @Schema(description = "公示开始 / Notice start") LocalDate noticeStart,
        @Schema(description = "公示结束 / Notice end") LocalDate noticeEnd,
        @Schema(description = "确定时间 / Made final at") Instant finalizedAt,
        @Schema(description = "自动取数截止日 / Automatic figures read up to") LocalDate automaticAsOf,
        @Schema(description = "最近一次自动取数时间 / Last automatic fill") Instant automaticFilledAt,
        @Schema(description = "各指标得分（按方案顺序） / Scores per indicator, in the scheme's order") List<ScoreView> scores,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "更新时间 / Updated at") Instant updatedAt) {

    @Schema(name = "AssessmentScore", description = "一项指标的得分 / One indicator's scores")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScoreView(
            @Schema(description = "指标 / Indicator") String indicatorId,
            @Schema(description = "类别 / Category", examples = "机关党建标准化") String category,
            @Schema(description = "指标名称 / Indicator", examples = "三会一课落实率") String indicator,
            @Schema(description = "满分 / Maximum", examples = "4") BigDecimal maxScore,
            @Schema(description = "计分来源 / Source") IndicatorSource source,
            @Schema(description = "自评分 / Self score", examples = "4") BigDecimal selfScore,
            @Schema(description = "自评说明与佐证 / Self-assessment evidence") String selfNote,
            @Schema(description = "审核分 / Review score", examples = "3.5") BigDecimal reviewScore,
            @Schema(description = "审核意见 / Review remarks") String reviewNote,
            @Schema(description = "自动取数结果（自动指标） / The automatic figure (automatic indicators)") AutomaticView automatic) {
    }

    @Schema(name = "AutomaticScore", description = "自动指标的取数结果 / An automatic indicator's figure and score")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AutomaticView(
            @Schema(description = "取得的值（比率为百分数） / Value (rates in percent)", examples = "91.67") BigDecimal value,
            @Schema(description = "分子 / Numerator", examples = "11") BigDecimal numerator,
            @Schema(description = "分母 / Denominator", examples = "12") BigDecimal denominator,
            @Schema(description = "得分 = 满分 × min(1, 值 ÷ 目标值) / Score = maximum × min(1, value ÷ target)", examples = "3.7") BigDecimal score,
            @Schema(description = "数据来源服务 / Source service", examples = "activity-service") String sourceService,
            @Schema(description = "数据说明 / What the figure is", examples = "三会一课达标 11/12 个党支部") String sourceText,
            @Schema(description = "取数时间 / Read at") Instant fetchedAt) {
    }

    public static AssessmentView of(AssessmentDetail detail) {
        Assessment a = detail.assessment();
        AssessmentScheme scheme = detail.scheme();
        List<ScoreView> scores = new ArrayList<>();
        if (scheme != null) {
            for (SchemeCategory category : scheme.categories) {
                for (SchemeIndicator indicator : category.indicators) {
                    AssessmentScore s = a.score(indicator.id).orElse(null);
                    if (s == null) {
                        continue;
                    }
                    AutomaticView automatic = s.autoFetchedAt == null ? null : new AutomaticView(s.autoValue, s.autoNumerator,
                            s.autoDenominator, s.autoScore, s.autoSourceService, s.autoSourceText, s.autoFetchedAt);
                    scores.add(new ScoreView(indicator.id, category.name, indicator.name, indicator.maxScore, indicator.source,
                            s.selfScore, s.selfNote, s.reviewScore, s.reviewNote, automatic));
                }
            }
        }
        return new AssessmentView(a.id, a.schemeId, scheme == null ? null : scheme.name, a.year, a.organizationId,
                a.organizationName, a.assessorId, a.assessorName, a.status, a.selfTotal, a.reviewTotal, a.total, a.grade,
                a.noticeStart, a.noticeEnd, a.finalizedAt, a.automaticAsOf, a.automaticFilledAt, scores, a.version,
                a.createdAt, a.updatedAt);
    }
}
