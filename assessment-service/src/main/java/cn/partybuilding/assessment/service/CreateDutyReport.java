package cn.partybuilding.assessment.service;

import java.util.List;

/** A new 述职评议: whose report, for which year, and the panel that judges it. */
public record CreateDutyReport(String organizationId, String reporterMemberId, String reporterName, int year, String period,
                               String title, String text, List<String> panelMemberIds) {
}
