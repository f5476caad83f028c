package cn.partybuilding.assessment.domain;

/** An assessment with the scheme it follows, for its views (indicator names, maximums, categories). */
public record AssessmentDetail(Assessment assessment, AssessmentScheme scheme) {
}
