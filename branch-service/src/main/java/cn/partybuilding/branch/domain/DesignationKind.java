package cn.partybuilding.branch.domain;

/** Honours the working committee names organizations for (the "六个一" measures). */
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
