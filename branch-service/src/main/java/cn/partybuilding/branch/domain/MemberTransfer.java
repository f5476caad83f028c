package cn.partybuilding.branch.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One move of a member's organizational relation (组织关系转接); the history is never rewritten. */
@Entity
@Table(name = "member_transfer")
public class MemberTransfer extends PanacheEntityBase {

    /** A transfer is never rewritten, so it keeps its first version, and its ETag, for good. */
    public static final long VERSION = 0;

    @Id
    public String id;

    @Column(name = "member_id")
    public String memberId;

    @Column(name = "from_organization_id")
    public String fromOrganizationId;

    @Column(name = "to_organization_id")
    public String toOrganizationId;

    public String reason;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
