package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A designation is nominated (培育创建), then named (命名) or revoked (撤销). */
@Schema(description = "命名状态 / Designation status：NOMINATED 培育创建, ACTIVE 已命名, REVOKED 已撤销")
public enum DesignationStatus {
    NOMINATED,
    ACTIVE,
    REVOKED;

    public boolean mayMoveTo(DesignationStatus next) {
        return switch (this) {
            case NOMINATED -> next == ACTIVE || next == REVOKED;
            case ACTIVE -> next == REVOKED;
            case REVOKED -> false;
        };
    }
}
