package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.StarLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A star rating to publish for public notice; the notice period defaults to a week from today. */
public record CreateStarRating(String organizationId, int year, StarLevel level, BigDecimal score, String evaluator,
                               LocalDate noticeStart, LocalDate noticeEnd, String remarks) {
}
