package cn.partybuilding.common.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeTokenTest {

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aTokenReadsBackAsItWasIssued() {
        ChangeToken token = new ChangeToken("members", 123_456_789_012L, Instant.parse("2026-12-02T08:00:00Z"));

        String encoded = token.encode();

        assertTrue(encoded.matches("[A-Za-z0-9_-]+"), "url-safe without padding: " + encoded);
        assertEquals(Optional.of(token), ChangeToken.decode(encoded, "members"));
    }

    @Test
    void anotherFeedsTokenIsRefused() {
        String organizations = new ChangeToken("organizations", 5, Instant.now()).encode();

        assertEquals(Optional.empty(), ChangeToken.decode(organizations, "members"), "positions mean nothing to another feed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not base64!", "YWJj", "c1.members.5.x", "~~~~"})
    void anythingElseIsRefused(String since) {
        assertEquals(Optional.empty(), ChangeToken.decode(since, "members"));
    }

    @Test
    void aForgedShapeIsRefused() {
        assertEquals(Optional.empty(), ChangeToken.decode(base64("c1.members.-1.1796102400"), "members"), "negative position");
        assertEquals(Optional.empty(), ChangeToken.decode(base64("c2.members.5.1796102400"), "members"), "unknown version");
        assertEquals(Optional.empty(), ChangeToken.decode(base64("c1.members.5"), "members"), "no issue time");
        assertEquals(Optional.empty(), ChangeToken.decode(base64("c1.members.99999999999999999999.1"), "members"), "overflow");
        assertEquals(Optional.empty(), ChangeToken.decode(null, "members"));
    }
}
