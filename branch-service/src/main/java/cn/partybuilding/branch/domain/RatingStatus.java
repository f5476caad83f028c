package cn.partybuilding.branch.domain;

/**
 * A star rating is published for public notice (公示) before it becomes final; during the notice it
 * may be corrected or withdrawn. Final and withdrawn ratings do not change.
 */
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
