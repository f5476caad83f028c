package cn.partybuilding.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.gateway.StubServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With Swagger UI's Authorize enabled and the token issuer a Keycloak realm (as in production), the served
 * contract offers Swagger UI's Authorize an OAuth2 authorization-code scheme next to bearerAuth, and
 * every operation that takes a bearer token takes a token of that scheme too.
 */
@QuarkusTest
@TestProfile(SwaggerOauthTest.WithIdentityProvider.class)
@WithTestResource(StubServices.class)
class SwaggerOauthTest {

    private static final String REALM = "https://sso.example.cn/realms/party";

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // what OIDC_SWAGGER_ENABLED and JWT_ISSUER set; the URLs follow from the issuer
            return Map.of("gateway.swagger-oauth.enabled", "true", "mp.jwt.verify.issuer", REALM);
        }
    }

    @Test
    void theContractOffersTheRealmsAuthorizationCodeFlow() {
        JsonPath contract = given().get("/openapi?format=json").then().statusCode(200)
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("components.securitySchemes.oidc.type", equalTo("oauth2"))
                .body("components.securitySchemes.oidc.flows.authorizationCode.authorizationUrl",
                        equalTo(REALM + "/protocol/openid-connect/auth"))
                .body("components.securitySchemes.oidc.flows.authorizationCode.tokenUrl",
                        equalTo(REALM + "/protocol/openid-connect/token"))
                .body("components.securitySchemes.oidc.flows.authorizationCode.scopes", hasKey("openid"))
                .extract().jsonPath();
        assertEquals(List.of(Map.of("bearerAuth", List.of()), Map.of("oidc", List.of())),
                contract.getList("paths.'/v1/members'.get.security"), "either scheme");
        assertEquals(List.of(Map.of("bearerAuth", List.of("MEMBER", "SECRETARY")), Map.of("oidc", List.of())),
                contract.getList("paths.'/v1/members/me'.get.security"));

        // the YAML carries the same
        given().get("/openapi").then().statusCode(200).contentType(containsString("yaml"))
                .body(containsString("authorizationUrl: \"" + REALM + "/protocol/openid-connect/auth\""));
    }

    @Test
    void swaggerUiUsesTheRealmsPublicClientWithPkce() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("party-swagger"))
                .body(containsString("usePkceWithAuthorizationCodeGrant"));
    }
}
