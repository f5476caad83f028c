package cn.partybuilding.common.audit;

/** What an audit event records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A caller was shown a resource's personal data (phone, ID number) unmasked. */
    READ_PERSONAL_DATA;

    public boolean isWrite() {
        return this != READ_PERSONAL_DATA;
    }
}
