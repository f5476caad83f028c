package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.ReviewResult;
import java.time.LocalDate;

/** A 回头看 review: close or reopen, with a note; a reopened item may get a new deadline. */
public record ReviewRectification(ReviewResult result, String note, LocalDate newDeadline) {
}
