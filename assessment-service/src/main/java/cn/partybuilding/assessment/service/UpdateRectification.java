package cn.partybuilding.assessment.service;

import java.time.LocalDate;

/** A change of an 整改 item's content; null fields stay. */
public record UpdateRectification(String problem, String measures, String ownerName, String ownerPost, LocalDate deadline) {
}
