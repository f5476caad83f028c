package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Formula;

/** Hours a member served a community, counted once the community confirms them. */
@Entity
@Table(name = "volunteer_record")
public class VolunteerRecord extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "member_id")
    public String memberId;

    @Column(name = "member_name")
    public String memberName;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "organization_path")
    public String organizationPath;

    @Column(name = "organization_name")
    public String organizationName;

    @Column(name = "community_id")
    public String communityId;

    /** The community's name, read by a subquery in the row's own statement: never stored here, never a query per row. */
    @Formula("(select c.name from community c where c.id = community_id)")
    public String communityName;

    @Column(name = "post_id")
    public String postId;

    @Column(name = "wish_id")
    public String wishId;

    @Column(name = "start_at")
    public Instant startAt;

    @Column(name = "end_at")
    public Instant endAt;

    /** The China Standard Time date of the start. */
    @Column(name = "service_date")
    public LocalDate serviceDate;

    public BigDecimal hours;

    public String description;

    @Enumerated(EnumType.STRING)
    public RecordStatus status;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** This record as the audit trail names it. */
    public AuditedResource audited() {
        return new AuditedResource("VolunteerRecord", id, organizationId, organizationPath, communityId);
    }
}
