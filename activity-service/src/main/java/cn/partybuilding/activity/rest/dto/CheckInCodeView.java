package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.CheckInCode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckInCode", description = "签到码（短时有效） / A short-lived check-in code")
public record CheckInCodeView(
        @Schema(description = "签到码 / The code", examples = "01JE0Q4M2B8X6N3C5V7Z9K1D2F.1795852800.k3Jx0aQm9cV2nB7dT1pL4w") String code,
        @Schema(description = "过期时间 / Expires at", examples = "2026-11-28T14:32:00+08:00") Instant expiresAt,
        @Schema(description = "二维码内容：CheckInPayload 的 JSON 文本 / The QR image's content: a CheckInPayload as JSON text",
                examples = "{\"activityId\":\"01JE0Q4M2B8X6N3C5V7Z9K1D2F\",\"code\":\"01JE0Q4M2B8X6N3C5V7Z9K1D2F.1795852800.k3Jx0aQm9cV2nB7dT1pL4w\",\"expiresAt\":\"2026-11-28T14:32:00+08:00\"}")
        String qrPayload) {

    public static CheckInCodeView of(CheckInCode code, String qrPayload) {
        return new CheckInCodeView(code.value(), code.expiresAt(), qrPayload);
    }
}
