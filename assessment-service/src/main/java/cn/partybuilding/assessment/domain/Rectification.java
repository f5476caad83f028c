package cn.partybuilding.assessment.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An 整改 item: a problem, the measures against it, its owner and deadline, and where it stands. */
@Entity
@Table(name = "rectification")
public class Rectification extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "duty_report_id")
    public String dutyReportId;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "organization_path")
    public String organizationPath;

    @Column(name = "organization_name")
    public String organizationName;

    public String problem;

    public String measures;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_post")
    public String ownerPost;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    public RectificationStatus status;

    @Column(name = "rectified_note")
    public String rectifiedNote;

    @Column(name = "rectified_at")
    public Instant rectifiedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_by")
    public String createdBy;

    /** Open and past its deadline (a China date before today). */
    public boolean overdue(LocalDate today) {
        return status == RectificationStatus.OPEN && deadline.isBefore(today);
    }

    public AuditedResource audited() {
        return AuditedResource.inOrganization("Rectification", id, organizationId, organizationPath);
    }
}
