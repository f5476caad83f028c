package cn.partybuilding.common.changes;

import cn.partybuilding.common.audit.AuditAction;
import java.time.Instant;

/** A row of the audit trail as the feeds read it. */
public record TrailRow(long position, Instant occurredAt, AuditAction action, String resourceType, String resourceId,
                       Long oldVersion, Long newVersion, String organizationPath, String communityId) {

    /** The version the write left: the new one, or for a deletion the one deleted. */
    public Long version() {
        return action == AuditAction.DELETE ? oldVersion : newVersion;
    }
}
