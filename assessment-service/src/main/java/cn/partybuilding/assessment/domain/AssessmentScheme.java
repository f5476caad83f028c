package cn.partybuilding.assessment.domain;

import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 考核方案: an organization's indicator scheme for a year, its ordered categories and their indicators. */
@Entity
@Table(name = "assessment_scheme")
public class AssessmentScheme extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "issuer_id")
    public String issuerId;

    @Column(name = "issuer_path")
    public String issuerPath;

    @Column(name = "issuer_name")
    public String issuerName;

    @Column(name = "assessment_year")
    public int year;

    public String name;

    @Column(name = "excellent_min")
    public BigDecimal excellentMin;

    @Column(name = "good_min")
    public BigDecimal goodMin;

    @Column(name = "fair_min")
    public BigDecimal fairMin;

    @Column(name = "total_max")
    public BigDecimal totalMax;

    @Column(name = "created_by")
    public String createdBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
    @OrderBy("position")
    public List<SchemeCategory> categories = new ArrayList<>();

    public GradeThresholds thresholds() {
        return new GradeThresholds(excellentMin, goodMin, fairMin);
    }

    /** Every indicator, category by category, in order. */
    public List<SchemeIndicator> indicators() {
        return categories.stream().flatMap(c -> c.indicators.stream()).toList();
    }

    public Optional<SchemeIndicator> indicator(String indicatorId) {
        return indicators().stream().filter(i -> i.id.equals(indicatorId)).findFirst();
    }

    /** This scheme as the audit trail names it: in the issuer's subtree. */
    public AuditedResource audited() {
        return AuditedResource.inOrganization("AssessmentScheme", id, issuerId, issuerPath);
    }
}
