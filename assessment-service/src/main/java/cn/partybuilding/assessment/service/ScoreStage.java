package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.AssessmentStatus;

/** Who scores: the organization itself (自评) or the assessing organization (审核). */
public enum ScoreStage {
    SELF(AssessmentStatus.SELF_ASSESSMENT, "自评 / self-assessment"),
    REVIEW(AssessmentStatus.REVIEW, "审核评分 / review");

    final AssessmentStatus during;
    final String label;

    ScoreStage(AssessmentStatus during, String label) {
        this.during = during;
        this.label = label;
    }
}
