package cn.partybuilding.volunteer.domain;

/** 单位报到 (an organization's co-building agreement) or 党员报到 (a member where they live). */
public enum ReportKind {
    ORGANIZATION,
    MEMBER
}
