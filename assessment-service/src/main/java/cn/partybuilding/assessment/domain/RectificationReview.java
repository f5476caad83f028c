package cn.partybuilding.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One 回头看 review of an 整改 item; kept, never changed. */
@Entity
@Table(name = "rectification_review")
public class RectificationReview extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "rectification_id")
    public String rectificationId;

    @Enumerated(EnumType.STRING)
    public ReviewResult result;

    public String note;

    @Column(name = "new_deadline")
    public LocalDate newDeadline;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewer_organization_id")
    public String reviewerOrganizationId;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
