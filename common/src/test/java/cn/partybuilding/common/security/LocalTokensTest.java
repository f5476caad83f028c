package cn.partybuilding.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

class LocalTokensTest {

    private static final String ISSUER = "party-local-dev";
    private static final Path DEV_JWT = Path.of("..", "dev", "jwt");

    private final LocalTokens tokens = new LocalTokens(ISSUER, DEV_JWT.resolve("local-private.pem").toString());

    @Test
    void aSignedTokenVerifiesWithTheLocalPublicKeyAndCarriesTheClaims() throws Exception {
        String token = tokens.sign(new LocalTokens.Holder("sec-1", List.of(Role.SECRETARY, Role.MEMBER), "ORG-1", "COMMUNITY-1"),
                Duration.ofMinutes(5));

        JwtClaims claims = verifier(ISSUER).processToClaims(token);

        assertEquals("sec-1", claims.getSubject());
        assertEquals(List.of(Role.SECRETARY, Role.MEMBER), claims.getStringListClaimValue("groups"));
        assertEquals("ORG-1", claims.getStringClaimValue(Caller.ORG_CLAIM));
        assertEquals("COMMUNITY-1", claims.getStringClaimValue(Caller.COMMUNITY_CLAIM));
        assertEquals(300, claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue());
        assertNotNull(claims.getJwtId());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
    }

    @Test
    void aHolderWithoutOrganizationOrCommunityGetsNeitherClaim() throws Exception {
        String first = tokens.sign(new LocalTokens.Holder("admin", List.of(Role.SYSTEM_ADMIN), null, null), Duration.ofHours(8));
        String second = tokens.sign(new LocalTokens.Holder("admin", List.of(Role.SYSTEM_ADMIN), null, null), Duration.ofHours(8));

        JwtClaims claims = verifier(ISSUER).processToClaims(first);

        assertFalse(claims.hasClaim(Caller.ORG_CLAIM));
        assertFalse(claims.hasClaim(Caller.COMMUNITY_CLAIM));
        assertNotEquals(claims.getJwtId(), verifier(ISSUER).processToClaims(second).getJwtId());
    }

    @Test
    void anotherIssuerIsRefused() {
        String token = tokens.sign(new LocalTokens.Holder("admin", List.of(Role.SYSTEM_ADMIN), null, null), Duration.ofMinutes(1));

        assertThrows(InvalidJwtException.class, () -> verifier("https://auth.partybuilding.cn").processToClaims(token));
    }

    private static JwtConsumer verifier(String issuer) throws Exception {
        return new JwtConsumerBuilder().setVerificationKey(localPublicKey()).setExpectedIssuer(issuer)
                .setRequireExpirationTime().setRequireIssuedAt().setRequireSubject().build();
    }

    private static PublicKey localPublicKey() throws Exception {
        String pem = Files.readString(DEV_JWT.resolve("local-public.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }
}
