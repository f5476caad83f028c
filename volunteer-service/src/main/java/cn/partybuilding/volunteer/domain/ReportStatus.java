package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "报到状态 / Report status：ACTIVE 报到中, ENDED 已结束")
public enum ReportStatus {
    ACTIVE,
    ENDED
}
