package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.CheckInCode;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived signed check-in codes: "activityId.expiry.signature", the signature an HMAC-SHA-256
 * over the first two parts with a server key. A code cannot be forged, moved to another activity
 * or used after it expires; the organizer's screen shows a fresh one as a QR image.
 */
@ApplicationScoped
public class CheckInCodes {

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    @Inject
    public CheckInCodes(@ConfigProperty(name = "party.check-in.key") String base64Key,
                        @ConfigProperty(name = "party.check-in.code-lifetime", defaultValue = "PT2M") Duration lifetime) {
        this(base64Key, lifetime, Clock.systemUTC());
    }

    CheckInCodes(String base64Key, Duration lifetime, Clock clock) {
        byte[] bytes = Base64.getDecoder().decode(base64Key);
        if (bytes.length < 32) {
            throw new IllegalArgumentException("party.check-in.key must hold at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public CheckInCode issue(String activityId) {
        // the code holds whole seconds: the time it names is the time it states
        Instant expiresAt = clock.instant().plus(lifetime).truncatedTo(ChronoUnit.SECONDS);
        String payload = activityId + "." + expiresAt.getEpochSecond();
        return new CheckInCode(payload + "." + sign(payload), expiresAt);
    }

    /** Checks the code for this activity: 400 when forged or for another activity, 410 when expired. */
    public void verify(String activityId, String code) {
        String[] parts = code == null ? new String[0] : code.split("\\.");
        if (parts.length != 3) {
            throw ProblemException.forField("code", ActivityError.INVALID_CHECK_IN_CODE);
        }
        String payload = parts[0] + "." + parts[1];
        boolean genuine = MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        if (!genuine || !parts[0].equals(activityId)) {
            throw ProblemException.forField("code", ActivityError.INVALID_CHECK_IN_CODE);
        }
        long expiry;
        try {
            expiry = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            throw ProblemException.forField("code", ActivityError.INVALID_CHECK_IN_CODE);
        }
        if (clock.instant().getEpochSecond() > expiry) {
            throw ProblemException.forField("code", ActivityError.CHECK_IN_CODE_EXPIRED);
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            // 128 bits of the MAC keep the QR code small and are far beyond guessing within two minutes
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every JRE", e);
        }
    }
}
