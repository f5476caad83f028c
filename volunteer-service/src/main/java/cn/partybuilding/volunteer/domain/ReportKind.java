package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 单位报到 (an organization's co-building agreement) or 党员报到 (a member where they live). */
@Schema(description = "报到类别 / Report kind：ORGANIZATION 单位报到, MEMBER 党员报到")
public enum ReportKind {
    ORGANIZATION,
    MEMBER
}
