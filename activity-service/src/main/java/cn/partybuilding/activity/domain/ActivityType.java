package cn.partybuilding.activity.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of organizational life (组织生活) a branch holds. */
@Schema(description = "活动类型 / Activity type：PARTY_LECTURE 党课, THEME_PARTY_DAY 主题党日, GENERAL_MEETING 支部党员大会, COMMITTEE_MEETING 支委会, GROUP_MEETING 党小组会, ORGANIZATIONAL_LIFE_MEETING 组织生活会, DEMOCRATIC_REVIEW 民主评议党员, STUDY_SESSION 学习研讨, OTHER 其他")
public enum ActivityType {
    /** 党课, including 书记讲党课 */
    PARTY_LECTURE,
    /** 主题党日 */
    THEME_PARTY_DAY,
    /** 支部党员大会 */
    GENERAL_MEETING,
    /** 支委会 */
    COMMITTEE_MEETING,
    /** 党小组会 */
    GROUP_MEETING,
    /** 组织生活会 */
    ORGANIZATIONAL_LIFE_MEETING,
    /** 民主评议党员 */
    DEMOCRATIC_REVIEW,
    /** 学习研讨 */
    STUDY_SESSION,
    OTHER
}
