package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Highest education (学历). */
@Schema(description = "学历 / Education：DOCTORATE 研究生（博士）, MASTER 研究生（硕士）, BACHELOR 大学本科, COLLEGE 大学专科, SECONDARY 中专及高中, PRIMARY 初中及以下")
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
