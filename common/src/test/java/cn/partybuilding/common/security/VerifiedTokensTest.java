package cn.partybuilding.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The cache of verified tokens, on a clock of its own and with a verifier that counts its checks. */
class VerifiedTokensTest {

    private static final long START = 1_800_000_000_000L; // epoch millis

    private final AtomicLong now = new AtomicLong(START);
    private final CountingVerifier verifier = new CountingVerifier();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofMinutes(5),
            () -> TimeUnit.MILLISECONDS.toNanos(now.get()), now::get);

    @Test
    void aTokenThatPassedIsNotCheckedAgain() throws Exception {
        verifier.accept("a", START / 1000 + 3600);

        JsonWebToken first = tokens.parse("a");
        JsonWebToken second = tokens.parse("a");

        assertSame(first, second);
        assertEquals(1, verifier.checks("a"));
    }

    @Test
    void theRememberedTokenAnswersTheVerifiedClaimsAndCannotBeChanged() throws Exception {
        verifier.accept("claims", START / 1000 + 3600);

        JsonWebToken token = tokens.parse("claims");

        assertEquals("claims", token.getName());
        assertEquals("01JDZ9Y4K3M8Q2W6E5R7T1V0XA", (String) token.getClaim(Caller.ORG_CLAIM));
        assertEquals(START / 1000 + 3600, (Long) token.getClaim("exp"));
        assertEquals(Set.of(Role.API_CLIENT), token.getGroups());
        assertEquals(Set.of("exp", "raw_token", "orgId", "groups"), token.getClaimNames());
        assertThrows(UnsupportedOperationException.class, () -> token.getGroups().add(Role.SYSTEM_ADMIN));
        assertNull(token.getClaim(Caller.COMMUNITY_CLAIM));
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        assertThrows(ParseException.class, () -> tokens.parse("forged"));
        assertThrows(ParseException.class, () -> tokens.parse("forged"));

        assertEquals(2, verifier.checks("forged"));
        assertEquals(0, tokens.size());
    }

    /**
     * Remembered until its exp and not a moment longer: after that the verifier decides again, and
     * refuses it (as the real one does once its clock skew has passed too).
     */
    @Test
    void anExpiredTokenIsNeverAcceptedFromMemory() throws Exception {
        long exp = START / 1000 + 60;
        verifier.accept("short", exp);
        tokens.parse("short");

        now.set(exp * 1000 - 1);
        tokens.parse("short");
        assertEquals(1, verifier.checks("short"));

        now.set(exp * 1000);
        verifier.refuse("short");
        assertThrows(ParseException.class, () -> tokens.parse("short"));
        assertEquals(2, verifier.checks("short"));
    }

    @Test
    void aLongLivedTokenIsCheckedAgainAfterTheMaximumAge() throws Exception {
        verifier.accept("day", START / 1000 + 86_400);
        tokens.parse("day");

        now.addAndGet(Duration.ofMinutes(5).toMillis() - 1);
        tokens.parse("day");
        assertEquals(1, verifier.checks("day"));

        now.addAndGet(1);
        tokens.parse("day");
        assertEquals(2, verifier.checks("day"));
    }

    /** A token the verifier still lets pass inside its clock skew is not kept: it is past its exp already. */
    @Test
    void aTokenPastItsExpIsNotRemembered() throws Exception {
        verifier.accept("late", START / 1000 - 10);

        tokens.parse("late");
        tokens.parse("late");

        assertEquals(2, verifier.checks("late"));
    }

    @Test
    void aTokenWithoutExpIsCheckedEveryTime() throws Exception {
        verifier.accept("no-exp", 0);

        tokens.parse("no-exp");
        tokens.parse("no-exp");

        assertEquals(2, verifier.checks("no-exp"));
    }

    @Test
    void aTokenDifferingInOneCharacterIsAnotherToken() throws Exception {
        verifier.accept("header.claims.signature", START / 1000 + 3600);
        tokens.parse("header.claims.signature");

        assertThrows(ParseException.class, () -> tokens.parse("header.claims.signaturf"));
    }

    @Test
    void theNumberOfTokensKeptIsBounded() throws Exception {
        for (int i = 0; i < 1_000; i++) {
            verifier.accept("t" + i, START / 1000 + 3600);
            tokens.parse("t" + i);
        }

        assertEquals(100, tokens.size());
    }

    /** Accepts the tokens it was told to, with their exp; refuses every other. */
    private static final class CountingVerifier implements JWTParser {

        private final Map<String, Long> accepted = new HashMap<>();
        private final Map<String, Integer> checks = new HashMap<>();

        void accept(String token, long exp) {
            accepted.put(token, exp);
        }

        void refuse(String token) {
            accepted.remove(token);
        }

        int checks(String token) {
            return checks.getOrDefault(token, 0);
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            checks.merge(token, 1, Integer::sum);
            Long exp = accepted.get(token);
            if (exp == null) {
                throw new ParseException("refused");
            }
            return new Token(token, exp);
        }

        @Override
        public JsonWebToken parse(String token, JWTAuthContextInfo context) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, PublicKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken verify(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, PrivateKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, SecretKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken decrypt(String token, String secret) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonWebToken parseOnly(String token) {
            throw new UnsupportedOperationException();
        }
    }

    private record Token(String raw, long exp) implements JsonWebToken {

        @Override
        public String getName() {
            return raw;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("exp", "raw_token", "orgId", "groups");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return switch (name) {
                case "exp" -> exp == 0 ? null : (T) Long.valueOf(exp);
                case "raw_token" -> (T) raw;
                case "orgId" -> (T) "01JDZ9Y4K3M8Q2W6E5R7T1V0XA";
                case "groups" -> (T) new java.util.HashSet<>(Set.of(Role.API_CLIENT));
                default -> null;
            };
        }
    }
}
