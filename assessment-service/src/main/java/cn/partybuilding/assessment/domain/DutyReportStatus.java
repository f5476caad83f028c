package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A 述职评议's stages: the report and its panel are prepared ({@code DRAFT}), the panel votes
 * ({@code VOTING}), the result stands ({@code CLOSED}). Only forward, one step at a time.
 */
@Schema(description = "述职评议状态 / Duty report status：DRAFT 准备中, VOTING 评议投票中, CLOSED 已结束")
public enum DutyReportStatus {
    DRAFT, VOTING, CLOSED;

    public boolean canBecome(DutyReportStatus next) {
        return next.ordinal() == ordinal() + 1;
    }
}
