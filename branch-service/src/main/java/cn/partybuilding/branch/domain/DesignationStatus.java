package cn.partybuilding.branch.domain;

/** A designation is nominated (培育创建), then named (命名) or revoked (撤销). */
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
