package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.audit.AuditedResource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** An organization's or a member's report (报到) to a community. */
@Entity
@Table(name = "community_report")
public class CommunityReport extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public ReportKind kind;

    @Column(name = "community_id")
    public String communityId;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "organization_path")
    public String organizationPath;

    @Column(name = "organization_name")
    public String organizationName;

    @Column(name = "member_id")
    public String memberId;

    @Column(name = "member_name")
    public String memberName;

    /** 共建项目 of a 单位报到 agreement. */
    @Column(name = "agreement_items")
    @Convert(converter = TextListConverter.class)
    public List<String> agreementItems;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    /** Unique while active: one active report per member, and per organization and community. */
    @Column(name = "active_key")
    public String activeKey;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    public static String activeKeyOf(ReportKind kind, String organizationId, String memberId, String communityId) {
        return kind == ReportKind.MEMBER ? "M:" + memberId : "O:" + organizationId + ":" + communityId;
    }

    public void end(Instant at) {
        status = ReportStatus.ENDED;
        activeKey = null;
        endedAt = at;
    }

    /** This report as the audit trail names it. */
    public AuditedResource audited() {
        return new AuditedResource("CommunityReport", id, organizationId, organizationPath, communityId);
    }
}
