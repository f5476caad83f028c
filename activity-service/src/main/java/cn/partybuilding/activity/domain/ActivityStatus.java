package cn.partybuilding.activity.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * PLANNED → IN_PROGRESS → COMPLETED; a planned or running activity may be CANCELLED. Completed and
 * cancelled activities are final.
 */
@Schema(description = "活动状态 / Activity status：PLANNED 已计划, IN_PROGRESS 进行中, COMPLETED 已完成, CANCELLED 已取消")
public enum ActivityStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    public boolean mayMoveTo(ActivityStatus next) {
        return switch (this) {
            case PLANNED -> next == IN_PROGRESS || next == CANCELLED;
            case IN_PROGRESS -> next == COMPLETED || next == CANCELLED;
            case COMPLETED, CANCELLED -> false;
        };
    }

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
