package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a service post (服务岗) or a wish is about. */
@Schema(description = "服务类别 / Category：ENVIRONMENT 环境整治, ELDERLY_CARE 关爱老人、助残, POLICY_OUTREACH 政策宣讲, PUBLIC_ORDER 文明交通、秩序维护, EDUCATION 助学、四点半课堂, MEDIATION 矛盾调解、法律咨询, EMERGENCY 疫情防控、应急, OTHER 其他")
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
