package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * Where an indicator's score comes from: entered by people ({@code MANUAL}), or computed from a
 * figure another service gives ({@code value ÷ target} of the maximum score, at most the maximum).
 * Rates are in percent; a rate's target is 100 unless the scheme sets another.
 */
@Schema(description = "指标来源 / Indicator source：MANUAL 人工评分, COMPLIANCE_RATE 三会一课达标率, ATTENDANCE_RATE 出勤率, VOLUNTEER_HOURS_PER_MEMBER 人均志愿服务时长, REPORTING_COVERAGE 双报到覆盖率, STRUCTURE_PASS_RATE 组织设置合格率, STAR_LEVEL 星级")
public enum IndicatorSource {
    /** Self score by the organization, review score by the assessing organization. */
    MANUAL(null),
    /** 三会一课: branches meeting every requirement ÷ branches, activity-service's compliance report. */
    COMPLIANCE_RATE(new BigDecimal("100")),
    /** The branches' attendance rate in the same compliance report. */
    ATTENDANCE_RATE(new BigDecimal("100")),
    /** Confirmed volunteer hours (volunteer-service) ÷ the subtree's members (branch-service); no default target. */
    VOLUNTEER_HOURS_PER_MEMBER(null),
    /** 双报到: the subtree's members with an active member report ÷ its members. */
    REPORTING_COVERAGE(new BigDecimal("100")),
    /** Branches without a structure finding ÷ branches checked (branch-service's structure check). */
    STRUCTURE_PASS_RATE(new BigDecimal("100")),
    /** The organization's final star rating of the year: 3, 4 or 5 stars of 5; none is 0. */
    STAR_LEVEL(new BigDecimal("5"));

    private final BigDecimal defaultTarget;

    IndicatorSource(BigDecimal defaultTarget) {
        this.defaultTarget = defaultTarget;
    }

    public boolean automatic() {
        return this != MANUAL;
    }

    /** The target when the scheme names none; null when the scheme must name one. */
    public BigDecimal defaultTarget() {
        return defaultTarget;
    }
}
