package cn.partybuilding.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A figure read for an automatic indicator: its value (rates in percent, hours per member, stars),
 * the numerator and denominator it comes from, the service that gave it, when, and a sentence
 * saying what it is ("三会一课达标 11/12 个党支部").
 */
public record MetricFigure(IndicatorSource source, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
                           String sourceService, String text, Instant fetchedAt) {
}
