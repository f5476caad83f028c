package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;
import java.util.Set;

/**
 * An 整改 item's stages: {@code OPEN} while being rectified, {@code RECTIFIED} once the owner reports
 * it done, and after the 回头看 review either {@code CLOSED} (final) or back to {@code OPEN}.
 */
@Schema(description = "整改状态 / Rectification status：OPEN 整改中, RECTIFIED 已报整改完成, CLOSED 回头看已销号")
public enum RectificationStatus {
    OPEN, RECTIFIED, CLOSED;

    private static final Map<RectificationStatus, Set<RectificationStatus>> NEXT = Map.of(
            OPEN, Set.of(RECTIFIED),
            RECTIFIED, Set.of(CLOSED, OPEN),
            CLOSED, Set.of());

    public boolean canBecome(RectificationStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** The state a 回头看 review leads to, or null when the item cannot be reviewed now. */
    public RectificationStatus afterReview(ReviewResult result) {
        RectificationStatus next = result == ReviewResult.CLOSED ? CLOSED : OPEN;
        return this == RECTIFIED && canBecome(next) ? next : null;
    }

    public boolean isFinal() {
        return this == CLOSED;
    }
}
