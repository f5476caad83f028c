package cn.partybuilding.assessment.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 年度考核: one organization's assessment under one scheme, its stage, scores, total and grade. */
@Entity
@Table(name = "assessment")
public class Assessment extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "scheme_id")
    public String schemeId;

    @Column(name = "assessment_year")
    public int year;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "organization_path")
    public String organizationPath;

    @Column(name = "organization_name")
    public String organizationName;

    @Column(name = "assessor_id")
    public String assessorId;

    @Column(name = "assessor_name")
    public String assessorName;

    @Enumerated(EnumType.STRING)
    public AssessmentStatus status;

    @Column(name = "self_total")
    public BigDecimal selfTotal;

    @Column(name = "review_total")
    public BigDecimal reviewTotal;

    public BigDecimal total;

    @Enumerated(EnumType.STRING)
    public Grade grade;

    @Column(name = "notice_start")
    public LocalDate noticeStart;

    @Column(name = "notice_end")
    public LocalDate noticeEnd;

    @Column(name = "finalized_at")
    public Instant finalizedAt;

    @Column(name = "automatic_as_of")
    public LocalDate automaticAsOf;

    @Column(name = "automatic_filled_at")
    public Instant automaticFilledAt;

    @Column(name = "created_by")
    public String createdBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    public List<AssessmentScore> scores = new ArrayList<>();

    public Optional<AssessmentScore> score(String indicatorId) {
        return scores.stream().filter(s -> s.indicatorId.equals(indicatorId)).findFirst();
    }

    /** This assessment as the audit trail names it: in the assessed organization's subtree. */
    public AuditedResource audited() {
        return AuditedResource.inOrganization("Assessment", id, organizationId, organizationPath);
    }
}
