package cn.partybuilding.common.changes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a reader stands in a service's audit trail: every change up to {@code position} has been
 * delivered. It names the feed it came from (positions are per service, and a feed skips other
 * collections' rows) and when it was issued, so that a token kept past the retention is refused.
 * Opaque to clients: base64url of {@code c1.<feed>.<position>.<issued epoch second>}.
 */
public record ChangeToken(String feed, long position, Instant issuedAt) {

    private static final String VERSION = "c1";

    public String encode() {
        String plain = VERSION + "." + feed + "." + position + "." + issuedAt.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The token, if it is one this feed issued; empty for anything else. */
    public static Optional<ChangeToken> decode(String token, String feed) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("\\.", -1);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || !feed.equals(parts[1])) {
                return Optional.empty();
            }
            long position = Long.parseLong(parts[2]);
            long issued = Long.parseLong(parts[3]);
            return position < 0 ? Optional.empty() : Optional.of(new ChangeToken(feed, position, Instant.ofEpochSecond(issued)));
        } catch (IllegalArgumentException e) { // not base64, not a number
            return Optional.empty();
        }
    }
}
