package cn.partybuilding.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once and remembers the result: Quarkus' JWT check asks this parser, and a
 * token seen before is answered from memory instead of checking its RS256 signature again (a tenth
 * of a request's CPU time in each service, which checks every token the gateway has checked already:
 * bench/read-path.sh).
 * <p>
 * A token is remembered by its whole text, only after it passed every check of the configured
 * verifier (signature, issuer, expiry), and only until it expires, at most {@code max-age}; so a
 * token is never accepted from memory after its {@code exp}, and a revoked signing key stops being
 * honoured within {@code max-age}. Refused tokens are not remembered: each is checked again. At most
 * {@code max-size} tokens are kept; beyond that the least used make room.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final JWTParser verifier;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokens(DefaultJWTParser verifier,
                   @ConfigProperty(name = "party.jwt.verified-tokens.max-size") int maxSize,
                   @ConfigProperty(name = "party.jwt.verified-tokens.max-age") Duration maxAge) {
        this(verifier, maxSize, maxAge, Ticker.systemTicker(), System::currentTimeMillis);
    }

    /** With a time source of its own (tests): {@code ticker} for the cache, {@code epochMillis} to compare with {@code exp}. */
    VerifiedTokens(JWTParser verifier, int maxSize, Duration maxAge, Ticker ticker, LongSupplier epochMillis) {
        this.verifier = verifier;
        long maxAgeNanos = maxAge.toNanos();
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(ticker)
                .expireAfter(Expiry.<String, JsonWebToken>creating((token, jwt) -> {
                    long untilExpiry = TimeUnit.SECONDS.toNanos(expiry(jwt))
                            - TimeUnit.MILLISECONDS.toNanos(epochMillis.getAsLong());
                    return Duration.ofNanos(Math.max(0, Math.min(maxAgeNanos, untilExpiry)));
                }))
                .build();
    }

    /** The token checked by the verifier, or remembered from an earlier check that it passed. */
    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = VerifiedToken.of(verifier.parse(token));
        if (expiry(jwt) > 0) { // a token without exp is checked every time
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** The token's exp in epoch seconds, 0 without one. */
    private static long expiry(JsonWebToken jwt) {
        Object exp = jwt.getClaim(Claims.exp.name());
        return exp instanceof Number seconds ? seconds.longValue() : 0;
    }

    /** How many tokens are remembered now (tests). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    // Checks with other keys or settings than the configured ones are never remembered.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
