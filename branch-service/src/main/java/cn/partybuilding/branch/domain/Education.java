package cn.partybuilding.branch.domain;

/** Highest education (学历). */
public enum Education {
    /** 研究生（博士） */
    DOCTORATE,
    /** 研究生（硕士） */
    MASTER,
    /** 大学本科 */
    BACHELOR,
    /** 大学专科 */
    COLLEGE,
    /** 中专及高中 */
    SECONDARY,
    /** 初中及以下 */
    PRIMARY
}
