package cn.partybuilding.assessment.domain;

/**
 * A 述职评议's stages: the report and its panel are prepared ({@code DRAFT}), the panel votes
 * ({@code VOTING}), the result stands ({@code CLOSED}). Only forward, one step at a time.
 */
public enum DutyReportStatus {
    DRAFT, VOTING, CLOSED;

    public boolean canBecome(DutyReportStatus next) {
        return next.ordinal() == ordinal() + 1;
    }
}
