package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Honours the working committee names organizations for (the "六个一" measures). */
@Schema(description = "命名类别 / Designation kind：DEMONSTRATION_SITE 党建示范点, FIRST_CLASSROOM 机关党建\"第一课堂\", BRAND 党建品牌, REPRESENTATIVE_STUDIO 党代表工作室, VANGUARD_POST 党员先锋岗")
public enum DesignationKind {
    /** 党建示范点 */
    DEMONSTRATION_SITE,
    /** 机关党建"第一课堂" */
    FIRST_CLASSROOM,
    /** 党建品牌（机关名牌） */
    BRAND,
    /** 党代表工作室 */
    REPRESENTATIVE_STUDIO,
    /** 党员先锋岗 */
    VANGUARD_POST
}
