package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 正式党员 / 预备党员. */
@Schema(description = "党员状态 / Member status：FULL 正式党员, PROBATIONARY 预备党员")
public enum MemberStatus {
    FULL,
    PROBATIONARY
}
