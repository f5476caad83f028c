package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.AssessmentStatus;
import java.time.LocalDate;

/** Moves an assessment to another stage; the notice dates only for PUBLICIZED (defaults: today, and 7 days in all). */
public record ChangeStatus(AssessmentStatus status, LocalDate noticeStart, LocalDate noticeEnd) {
}
