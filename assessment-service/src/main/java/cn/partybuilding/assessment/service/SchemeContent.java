package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.IndicatorSource;
import java.math.BigDecimal;
import java.util.List;

/** What a scheme says, as a create or a full update gives it: year, name, thresholds, categories in order. */
public record SchemeContent(int year, String name, BigDecimal excellentMin, BigDecimal goodMin, BigDecimal fairMin,
                            List<Category> categories) {

    public record Category(String name, List<Indicator> indicators) {
    }

    public record Indicator(String name, BigDecimal maxScore, String guidance, IndicatorSource source, BigDecimal target) {
    }
}
