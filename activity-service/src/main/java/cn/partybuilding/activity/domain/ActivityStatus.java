package cn.partybuilding.activity.domain;

/**
 * PLANNED → IN_PROGRESS → COMPLETED; a planned or running activity may be CANCELLED. Completed and
 * cancelled activities are final.
 */
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
