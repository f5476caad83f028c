package cn.partybuilding.activity.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "扫码签到 / Check in with the code of the QR image")
public record CheckInRequest(
        @NotBlank @Size(max = 400) @Schema(description = "签到码，或扫到的二维码文本（CheckInPayload 的 JSON） / The check-in code, or the scanned QR text (a CheckInPayload as JSON)", required = true,
                examples = "01JE0Q4M2B8X6N3C5V7Z9K1D2F.1795852800.k3Jx0aQm9cV2nB7dT1pL4w") String code) {
}
