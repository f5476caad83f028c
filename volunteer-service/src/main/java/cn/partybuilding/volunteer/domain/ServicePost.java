package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Formula;

/** A service post (服务岗) a community publishes for members to claim, up to its capacity. */
@Entity
@Table(name = "service_post")
public class ServicePost extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "community_id")
    public String communityId;

    /** The community's name, read by a subquery in the row's own statement: never stored here, never a query per row. */
    @Formula("(select c.name from community c where c.id = community_id)")
    public String communityName;

    public String title;

    @Enumerated(EnumType.STRING)
    public PostCategory category;

    public String description;

    public int capacity;

    /** Kept by claims and withdrawals, never above {@link #capacity}. */
    public int claimed;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public PostStatus status;

    @Column(name = "created_by")
    public String createdBy;

    /** Claims are taken while the post is open and its period has not ended. */
    public boolean isClaimable(LocalDate today) {
        return status == PostStatus.OPEN && !today.isAfter(endDate);
    }

    /** This post as the audit trail names it. */
    public AuditedResource audited() {
        return AuditedResource.inCommunity("ServicePost", id, communityId);
    }
}
