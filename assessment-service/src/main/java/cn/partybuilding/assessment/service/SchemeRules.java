package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.GradeThresholds;
import cn.partybuilding.common.problem.ProblemException;
import java.math.BigDecimal;

/**
 * A scheme's rules: every maximum score is more than 0 with at most one decimal; an automatic
 * indicator has a positive target (its source's default when it names none, and hours per member
 * must name one), a manual one has none; the thresholds ascend (fair &lt; good &lt; excellent) and the
 * highest is at most the scheme's total maximum. Each refusal is a 422 naming the field.
 */
public final class SchemeRules {

    private SchemeRules() {
    }

    /** The checked content, with default targets filled in; its total maximum is {@link #totalMax}. */
    public static SchemeContent check(SchemeContent content) {
        var categories = new java.util.ArrayList<SchemeContent.Category>();
        for (int c = 0; c < content.categories().size(); c++) {
            SchemeContent.Category category = content.categories().get(c);
            var indicators = new java.util.ArrayList<SchemeContent.Indicator>();
            for (int i = 0; i < category.indicators().size(); i++) {
                SchemeContent.Indicator indicator = category.indicators().get(i);
                String field = "categories[" + c + "].indicators[" + i + "]";
                if (indicator.maxScore().signum() <= 0 || indicator.maxScore().stripTrailingZeros().scale() > 1) {
                    throw ProblemException.forField(field + ".maxScore", AssessmentError.NOT_ONE_DECIMAL);
                }
                BigDecimal target = indicator.target();
                if (!indicator.source().automatic()) {
                    if (target != null) {
                        throw ProblemException.forField(field + ".target", AssessmentError.TARGET_ON_MANUAL_INDICATOR);
                    }
                } else {
                    if (target == null) {
                        target = indicator.source().defaultTarget();
                    }
                    if (target == null) {
                        throw ProblemException.forField(field + ".target", AssessmentError.TARGET_REQUIRED, indicator.name());
                    }
                    if (target.signum() <= 0) {
                        throw ProblemException.forField(field + ".target", AssessmentError.TARGET_NOT_POSITIVE);
                    }
                }
                indicators.add(new SchemeContent.Indicator(indicator.name().trim(), indicator.maxScore().setScale(1),
                        indicator.guidance(), indicator.source(), target == null ? null : target.setScale(2, java.math.RoundingMode.HALF_UP)));
            }
            categories.add(new SchemeContent.Category(category.name().trim(), indicators));
        }
        SchemeContent checked = new SchemeContent(content.year(), content.name().trim(), content.excellentMin(),
                content.goodMin(), content.fairMin(), categories);
        BigDecimal total = totalMax(checked);
        for (var threshold : new Object[][] {{"excellentMin", content.excellentMin()}, {"goodMin", content.goodMin()},
                {"fairMin", content.fairMin()}}) {
            BigDecimal value = (BigDecimal) threshold[1];
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 1) {
                throw ProblemException.forField("thresholds." + threshold[0], AssessmentError.NOT_ONE_DECIMAL);
            }
        }
        new GradeThresholds(content.excellentMin(), content.goodMin(), content.fairMin()).problem(total).ifPresent(problem -> {
            if (problem.value() != null) {
                throw ProblemException.forField(problem.field(), AssessmentError.THRESHOLD_ABOVE_TOTAL,
                        problem.value().toPlainString(), total.toPlainString());
            }
            throw ProblemException.forField(problem.field(), AssessmentError.THRESHOLDS_NOT_ASCENDING);
        });
        return checked;
    }

    public static BigDecimal totalMax(SchemeContent content) {
        return content.categories().stream().flatMap(c -> c.indicators().stream()).map(SchemeContent.Indicator::maxScore)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1);
    }
}
