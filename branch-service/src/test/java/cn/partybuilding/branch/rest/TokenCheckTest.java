package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import cn.partybuilding.branch.Api;
import cn.partybuilding.common.security.VerifiedTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JWT check answers from the cache of verified tokens (common's VerifiedTokens) and refuses
 * exactly what it refused before: expired, forged and foreign tokens, however often they come.
 */
@QuarkusTest
class TokenCheckTest {

    @Inject
    JWTParser parser;

    @Test
    void theCheckUsesTheCacheOfVerifiedTokens() {
        assertInstanceOf(VerifiedTokens.class, parser);
    }

    @Test
    void anExpiredTokenIsRefusedEveryTime() {
        String expired = Jwt.issuer("party-local-dev").subject("admin").groups(Set.of("SYSTEM_ADMIN"))
                .issuedAt(Instant.now().minusSeconds(600)).expiresAt(Instant.now().minusSeconds(120)).sign();

        as(expired).get("/v1/organizations").then().statusCode(401);
        as(expired).get("/v1/organizations").then().statusCode(401);
    }

    @Test
    void aTokenAlteredAfterAnAcceptedOneIsRefused() {
        String token = Api.systemAdmin();
        as(token).get("/v1/organizations").then().statusCode(200);

        String claims = token.split("\\.")[1];
        String widened = token.replace(claims, claims.substring(0, claims.length() - 2) + (claims.endsWith("A") ? "B" : "A"));
        as(widened).get("/v1/organizations").then().statusCode(401);
        String resigned = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "B" : "A");
        as(resigned).get("/v1/organizations").then().statusCode(401);
        as(token).get("/v1/organizations").then().statusCode(200);
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        String foreign = Jwt.issuer("https://elsewhere.example").subject("admin").groups(Set.of("SYSTEM_ADMIN")).sign();

        as(foreign).get("/v1/organizations").then().statusCode(401);
        as(foreign).get("/v1/organizations").then().statusCode(401);
    }
}
