package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a 回头看 review: the rectification holds ({@code CLOSED}) or is redone ({@code REOPENED}). */
@Schema(description = "回头看结论 / Review result：CLOSED 销号, REOPENED 重新整改")
public enum ReviewResult {
    CLOSED, REOPENED
}
