package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.CheckInCode;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckInCode", description = "签到码（短时有效） / A short-lived check-in code")
public record CheckInCodeView(
        @Schema(description = "签到码，即二维码内容 / The code, as encoded in the QR image") String code,
        @Schema(description = "过期时间 / Expires at") Instant expiresAt) {

    public static CheckInCodeView of(CheckInCode code) {
        return new CheckInCodeView(code.value(), code.expiresAt());
    }
}
