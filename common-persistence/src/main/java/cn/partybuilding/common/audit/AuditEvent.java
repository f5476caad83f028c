package cn.partybuilding.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One row of the service's audit trail ({@code db/common/audit.sql}). Immutable: Hibernate never
 * issues an UPDATE for it, and nothing deletes it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    public String id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    public String operation;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "old_version")
    public Long oldVersion;

    @Column(name = "new_version")
    public Long newVersion;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "organization_path")
    public String organizationPath;

    @Column(name = "community_id")
    public String communityId;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_roles")
    public String actorRoles;

    @Column(name = "actor_organization_id")
    public String actorOrganizationId;

    @Column(name = "actor_community_id")
    public String actorCommunityId;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "client_address")
    public String clientAddress;
}
