package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;
import java.util.Set;

/**
 * An annual assessment's stages, in order: the organization assesses itself ({@code SELF_ASSESSMENT}),
 * the assessing organization reviews ({@code REVIEW}), the totals and grade are fixed ({@code SCORED}),
 * published for 公示 ({@code PUBLICIZED}), and made {@code FINAL}. A step back is allowed only
 * where the work of the previous stage must be redone: review returns to self-assessment, and a
 * scored or publicized result (an objection during 公示) returns to review. {@code FINAL} never changes.
 */
@Schema(description = "考核状态 / Assessment status：SELF_ASSESSMENT 自评, REVIEW 考核评分, SCORED 已计分定等, PUBLICIZED 公示中, FINAL 已确定")
public enum AssessmentStatus {
    SELF_ASSESSMENT, REVIEW, SCORED, PUBLICIZED, FINAL;

    private static final Map<AssessmentStatus, Set<AssessmentStatus>> NEXT = Map.of(
            SELF_ASSESSMENT, Set.of(REVIEW),
            REVIEW, Set.of(SELF_ASSESSMENT, SCORED),
            SCORED, Set.of(REVIEW, PUBLICIZED),
            PUBLICIZED, Set.of(REVIEW, FINAL),
            FINAL, Set.of());

    public boolean canBecome(AssessmentStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Whether anything about the assessment may still change. */
    public boolean isFinal() {
        return this == FINAL;
    }
}
