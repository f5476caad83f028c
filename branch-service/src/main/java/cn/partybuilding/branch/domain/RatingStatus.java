package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A star rating is published for public notice (公示) before it becomes final; during the notice it
 * may be corrected or withdrawn. Final and withdrawn ratings do not change.
 */
@Schema(description = "评定状态 / Rating status：PUBLIC_NOTICE 公示中, FINAL 已确定, WITHDRAWN 已撤回")
public enum RatingStatus {
    PUBLIC_NOTICE,
    FINAL,
    WITHDRAWN;

    public boolean mayMoveTo(RatingStatus next) {
        return this == PUBLIC_NOTICE && (next == FINAL || next == WITHDRAWN);
    }

    public boolean isEditable() {
        return this == PUBLIC_NOTICE;
    }
}
