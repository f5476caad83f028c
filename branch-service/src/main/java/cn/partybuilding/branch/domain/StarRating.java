package cn.partybuilding.branch.domain;

import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 星级党支部评定: one per organization and year. */
@Entity
@Table(name = "star_rating")
public class StarRating extends TrackedEntity {

    @Id
    public String id;

    @Column(name = "organization_id")
    public String organizationId;

    @Column(name = "rating_year")
    public int year;

    @Enumerated(EnumType.STRING)
    public StarLevel level;

    public BigDecimal score;

    public String evaluator;

    @Enumerated(EnumType.STRING)
    public RatingStatus status;

    @Column(name = "notice_start")
    public LocalDate noticeStart;

    @Column(name = "notice_end")
    public LocalDate noticeEnd;

    public String remarks;

}
