package cn.partybuilding.assessment.domain;

/** The outcome of a 回头看 review: the rectification holds ({@code CLOSED}) or is redone ({@code REOPENED}). */
public enum ReviewResult {
    CLOSED, REOPENED
}
