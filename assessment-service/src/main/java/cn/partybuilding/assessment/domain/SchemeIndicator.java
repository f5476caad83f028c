package cn.partybuilding.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An indicator (考核指标): its maximum score, the guidance for scoring it, and where its score comes from. */
@Entity
@Table(name = "scheme_indicator")
public class SchemeIndicator {

    @Id
    public String id;

    @Column(name = "scheme_id")
    public String schemeId;

    public int position;

    public String name;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    public String guidance;

    @Enumerated(EnumType.STRING)
    public IndicatorSource source;

    /** An automatic indicator's full-score value; null for a manual one. */
    public BigDecimal target;
}
