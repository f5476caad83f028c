package cn.partybuilding.assessment.service;

import java.math.BigDecimal;

/** One indicator's score and its note (evidence for a self score, remarks for a review score). */
public record ScoreEntry(String indicatorId, BigDecimal score, String note) {
}
