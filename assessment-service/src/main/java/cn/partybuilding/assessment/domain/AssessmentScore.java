package cn.partybuilding.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One indicator's scores in an assessment: the self score and its evidence note, the review score
 * and note, and for an automatic indicator the figure read from another service with its score.
 */
@Entity
@Table(name = "assessment_score")
public class AssessmentScore {

    @Id
    public String id;

    @Column(name = "indicator_id")
    public String indicatorId;

    @Column(name = "self_score")
    public BigDecimal selfScore;

    @Column(name = "self_note")
    public String selfNote;

    @Column(name = "review_score")
    public BigDecimal reviewScore;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "auto_value")
    public BigDecimal autoValue;

    @Column(name = "auto_numerator")
    public BigDecimal autoNumerator;

    @Column(name = "auto_denominator")
    public BigDecimal autoDenominator;

    @Column(name = "auto_score")
    public BigDecimal autoScore;

    @Column(name = "auto_source_service")
    public String autoSourceService;

    @Column(name = "auto_source_text")
    public String autoSourceText;

    @Column(name = "auto_fetched_at")
    public Instant autoFetchedAt;
}
