package cn.partybuilding.assessment.service;

import java.time.LocalDate;

/** A new 整改 item, raised at a 述职评议 ({@code dutyReportId}) or on its own. */
public record CreateRectification(String organizationId, String dutyReportId, String problem, String measures, String ownerName,
                                  String ownerPost, LocalDate deadline) {
}
