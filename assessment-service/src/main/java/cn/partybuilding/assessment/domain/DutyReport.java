package cn.partybuilding.assessment.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * 述职评议: a party organization secretary's yearly report on fulfilling the duty of 抓基层党建, and
 * the named panel that judges it by secret ballot. The ballots are not part of this entity: who voted
 * and the counts per choice are kept in separate tables (see {@code 101-duty-reports.sql}).
 */
@Entity
@Table(name = "duty_report")
public class DutyReport extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "organization_path")
    public String organizationPath;

    @Column(name = "organization_name")
    public String organizationName;

    @Column(name = "reporter_member_id")
    public String reporterMemberId;

    @Column(name = "reporter_name")
    public String reporterName;

    @Column(name = "report_year")
    public int year;

    public String period;

    public String title;

    @Column(name = "report_text")
    public String text;

    @Enumerated(EnumType.STRING)
    public DutyReportStatus status;

    /** The evaluators' member ids; fixed once voting opens. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "duty_report_panel", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "member_id")
    public Set<String> panel = new LinkedHashSet<>();

    @Column(name = "voting_opened_at")
    public Instant votingOpenedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "created_by")
    public String createdBy;

    public AuditedResource audited() {
        return AuditedResource.inOrganization("DutyReport", id, organizationId, organizationPath);
    }
}
