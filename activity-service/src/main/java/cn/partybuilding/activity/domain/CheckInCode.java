package cn.partybuilding.activity.domain;

import java.time.Instant;

/** A signed check-in code, as shown in the QR image, and when it stops being accepted. */
public record CheckInCode(String value, Instant expiresAt) {
}
