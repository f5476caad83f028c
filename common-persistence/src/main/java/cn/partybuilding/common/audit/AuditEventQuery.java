package cn.partybuilding.common.audit;

import java.time.Instant;

/** The filters of {@code GET /v1/audit-events}; null means not filtered. */
public record AuditEventQuery(String resourceType, String resourceId, String actor, AuditAction action, Instant from,
                              Instant to) {
}
