package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.AssessmentStatus;
import cn.partybuilding.assessment.service.ChangeStatus;
import cn.partybuilding.assessment.service.ScoreEntry;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the assessment endpoints. */
public final class AssessmentRequests {

    private AssessmentRequests() {
    }

    @Schema(name = "CreateAssessmentRequest", description = "开展年度考核 / Start an annual assessment")
    public record Create(
            @NotBlank @Size(max = 26) @ValidId @Schema(description = "考核方案 / Scheme", required = true) String schemeId,
            @NotBlank @Size(max = 26) @ValidId @Schema(description = "被考核组织（方案发布组织的下级） / The organization assessed, below the issuer", required = true) String organizationId) {
    }

    @Schema(name = "ScoreInput", description = "一项指标的得分 / One indicator's score")
    public record Score(
            @NotBlank @Size(max = 26) @ValidId @Schema(description = "指标 / Indicator", required = true) String indicatorId,
            @NotNull @Schema(description = "得分：0 至该指标满分，最多一位小数 / Score: 0 to the indicator's maximum, one decimal", required = true, examples = "3.5") BigDecimal score,
            @Size(max = 2000) @Schema(description = "说明（自评为佐证材料） / Note (evidence for a self score)", examples = "全年召开支部党员大会 4 次，记录见会议纪要") String note) {

        public ScoreEntry toEntry() {
            return new ScoreEntry(indicatorId, score, note);
        }
    }

    @Schema(name = "ScoresRequest", description = "录入得分（只改列出的指标） / Scores to enter; indicators not listed stay")
    public record Scores(@NotEmpty @Size(max = 500) @Schema(required = true) List<@NotNull @Valid Score> scores) {

        public List<ScoreEntry> toEntries() {
            return scores.stream().map(Score::toEntry).toList();
        }
    }

    @Schema(name = "ChangeAssessmentStatusRequest", description = "变更考核阶段 / Move an assessment to another stage")
    public record Status(
            @NotNull @Schema(description = "新阶段 / New stage", required = true, examples = "REVIEW") AssessmentStatus status,
            @Schema(description = "公示开始（PUBLICIZED），默认今天 / Notice start (PUBLICIZED), today by default", examples = "2026-01-10") LocalDate noticeStart,
            @Schema(description = "公示结束（PUBLICIZED），默认共 7 天 / Notice end (PUBLICIZED), 7 days in all by default", examples = "2026-01-16") LocalDate noticeEnd) {

        public ChangeStatus toCommand() {
            return new ChangeStatus(status, noticeStart, noticeEnd);
        }
    }

    @Schema(name = "AutomaticScoresRequest", description = "自动取数 / Fill the automatic indicators")
    public record Automatic(
            @Schema(description = "取数截止日期（志愿服务时长统计至此日，最晚为考核年度末），默认今天 / The day figures are read up to (volunteer hours; at most the year's end), today by default", examples = "2025-12-31") LocalDate asOf) {
    }
}
