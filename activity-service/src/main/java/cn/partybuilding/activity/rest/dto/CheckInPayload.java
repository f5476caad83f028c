package cn.partybuilding.activity.rest.dto;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the QR image holds: JSON that says which activity it is for and until when it works, so an
 * app reads the activity id without cutting it out of the code.
 */
@Schema(name = "CheckInPayload", description = "二维码内容（JSON 文本） / The QR image's content, as JSON text")
public record CheckInPayload(
        @Schema(description = "活动编号 / The activity", examples = "01JE0Q4M2B8X6N3C5V7Z9K1D2F") String activityId,
        @Schema(description = "签到码，原样提交到 check-ins / The code to post to check-ins",
                examples = "01JE0Q4M2B8X6N3C5V7Z9K1D2F.1795852800.k3Jx0aQm9cV2nB7dT1pL4w") String code,
        @Schema(description = "过期时间 / Expires at", examples = "2026-11-28T14:32:00+08:00") Instant expiresAt) {
}
