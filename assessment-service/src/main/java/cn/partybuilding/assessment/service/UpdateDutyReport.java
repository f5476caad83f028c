package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.DutyReportStatus;
import java.util.List;

/**
 * A change of a 述职评议; null fields stay as they are. The report and its panel change only in
 * {@code DRAFT}; {@code status} opens voting or closes it.
 */
public record UpdateDutyReport(String period, String title, String text, List<String> panelMemberIds, DutyReportStatus status) {

    public boolean changesContent() {
        return period != null || title != null || text != null || panelMemberIds != null;
    }
}
