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

/** With the production setting (no dev-token), {@code /dev/token} does not exist at all. */
@QuarkusTest
@TestProfile(ProductionProfileTest.DevTokenOff.class)
@WithTestResource(StubServices.class)
class ProductionProfileTest {

    public static class DevTokenOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.dev-token.enabled", "false");
        }
    }

    @Test
    void devTokenIsUnknown() {
        given().contentType("application/json").body(Map.of("subject", "intruder", "roles", List.of("SYSTEM_ADMIN")))
                .post("/dev/token").then().statusCode(404);
        given().get("/v1/organizations").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }
}
