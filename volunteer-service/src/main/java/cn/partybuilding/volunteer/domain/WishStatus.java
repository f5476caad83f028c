package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 许愿 OPEN → 领愿 CLAIMED → 圆愿 FULFILLED → CONFIRMED by the community; an unclaimed wish may be
 * WITHDRAWN. CONFIRMED and WITHDRAWN are final.
 */
@Schema(description = "心愿状态 / Wish status：OPEN 许愿, CLAIMED 已领愿, FULFILLED 已圆愿, CONFIRMED 社区已确认, WITHDRAWN 已撤回")
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
