package cn.partybuilding.volunteer.domain;

/**
 * 许愿 OPEN → 领愿 CLAIMED → 圆愿 FULFILLED → CONFIRMED by the community; an unclaimed wish may be
 * WITHDRAWN. CONFIRMED and WITHDRAWN are final.
 */
public enum WishStatus {
    OPEN,
    CLAIMED,
    FULFILLED,
    CONFIRMED,
    WITHDRAWN;

    public boolean mayMoveTo(WishStatus next) {
        return switch (this) {
            case OPEN -> next == CLAIMED || next == WITHDRAWN;
            case CLAIMED -> next == FULFILLED;
            case FULFILLED -> next == CONFIRMED;
            case CONFIRMED, WITHDRAWN -> false;
        };
    }
}
