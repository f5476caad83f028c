package cn.partybuilding.volunteer.domain;

/** What a service post (服务岗) or a wish is about. */
public enum PostCategory {
    /** 环境整治 */
    ENVIRONMENT,
    /** 关爱老人、助残 */
    ELDERLY_CARE,
    /** 政策宣讲 */
    POLICY_OUTREACH,
    /** 文明交通、秩序维护 */
    PUBLIC_ORDER,
    /** 助学、四点半课堂 */
    EDUCATION,
    /** 矛盾调解、法律咨询 */
    MEDIATION,
    /** 疫情防控、应急 */
    EMERGENCY,
    /** 其他 */
    OTHER
}
