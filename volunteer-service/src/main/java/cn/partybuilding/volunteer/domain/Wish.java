package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Formula;

/** A resident's 微心愿, published by the community, claimed by exactly one member or organization. */
@Entity
@Table(name = "wish")
public class Wish extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "community_id")
    public String communityId;

    /** The community's name, read by a subquery in the row's own statement: never stored here, never a query per row. */
    @Formula("(select c.name from community c where c.id = community_id)")
    public String communityName;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public PostCategory category;

    /** Encrypted; shown only to the community's staff and the claimer. */
    @Column(name = "resident_name")
    public String residentName;

    /** Encrypted; shown only to the community's staff and the claimer. */
    @Column(name = "resident_phone")
    public String residentPhone;

    @Enumerated(EnumType.STRING)
    public WishStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "claimer_kind")
    public ClaimerKind claimerKind;

    @Column(name = "claimer_member_id")
    public String claimerMemberId;

    @Column(name = "claimer_name")
    public String claimerName;

    @Column(name = "claimer_organization_id")
    public String claimerOrganizationId;

    @Column(name = "claimer_organization_path")
    public String claimerOrganizationPath;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "fulfilment_note")
    public String fulfilmentNote;

    @Column(name = "fulfilled_at")
    public Instant fulfilledAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    /** When the wish was withdrawn. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_by")
    public String createdBy;

    /** This wish as the audit trail names it: in its community, and once claimed, in the claimer's subtree too. */
    public AuditedResource audited() {
        return new AuditedResource("Wish", id, claimerOrganizationId, claimerOrganizationPath, communityId);
    }
}
