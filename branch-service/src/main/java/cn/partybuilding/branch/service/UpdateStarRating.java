package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.RatingStatus;
import cn.partybuilding.branch.domain.StarLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A correction of a rating under notice and/or a change of its status: null leaves a field as it is. */
public record UpdateStarRating(StarLevel level, BigDecimal score, String evaluator, LocalDate noticeStart,
                               LocalDate noticeEnd, String remarks, RatingStatus status) {

    boolean changesContent() {
        return level != null || score != null || evaluator != null || noticeStart != null || noticeEnd != null
                || remarks != null;
    }
}
