package cn.partybuilding.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway as production runs it (the prod profile, none of the local or test settings):
 * {@code /dev/token} does not exist at all, answered like any unknown path.
 */
@QuarkusTest
@TestProfile(ProductionProfileTest.Production.class)
@WithTestResource(StubServices.class)
class ProductionProfileTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        /** What a deployment must give (JWT_PUBLIC_KEY_LOCATION); any public key will do here. */
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", "../dev/jwt/local-public.pem");
        }
    }

    @Test
    void devTokenIsUnknown() {
        String unknown = given().contentType("application/json").body(Map.of("subject", "x"))
                .post("/dev/nothing-here").then().statusCode(404).body("code", equalTo("NOT_FOUND")).extract().path("code");
        given().contentType("application/json").body(Map.of("subject", "intruder", "roles", List.of("SYSTEM_ADMIN")))
                .post("/dev/token").then().statusCode(404).body("code", equalTo(unknown));
        given().get("/dev/token").then().statusCode(404);
        given().get("/v1/organizations").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
