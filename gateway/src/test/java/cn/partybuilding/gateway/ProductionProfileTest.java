package cn.partybuilding.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.bootstrap.logging.InitialConfigurator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * The gateway as production runs it (the prod profile, none of the local or test settings):
 * {@code /dev/token} does not exist at all, answered like any unknown path, and the console writes
 * one JSON object per line, the access log included.
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
        given().get("/openapi?format=json").then().statusCode(200)
                .body("paths.'/v1/organizations'", notNullValue())
                .body("paths.'/dev/token'", nullValue())
                .body("components.schemas.DevTokenRequest", nullValue());
        given().get("/v1/organizations").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void logsAreOneJsonObjectPerLine() throws Exception {
        List<Formatter> console = new ArrayList<>();
        collectFormatters(InitialConfigurator.DELAYED_HANDLER, console);
        assertFalse(console.isEmpty(), "a console handler is installed");
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "two\nlines", ProductionProfileTest.class.getName());
        record.setLoggerName("cn.partybuilding.gateway.test");
        for (Formatter formatter : console) {
            String line = formatter.format(record);
            assertEquals(1, line.strip().lines().count(), "one line: " + line);
            JsonNode json = new ObjectMapper().readTree(line);
            assertEquals("two\nlines", json.path("message").asText());
            assertEquals("INFO", json.path("level").asText());
        }
        // read from the configuration: loggers outlive the earlier tests' applications in this JVM
        String access = "quarkus.log.category.\"cn.partybuilding.gateway.access\".";
        Config config = ConfigProvider.getConfig();
        assertTrue(config.getOptionalValue(access + "use-parent-handlers", Boolean.class).orElse(true),
                "access lines go to the JSON console too");
        assertTrue(config.getOptionalValue(access + "handlers", String.class).isEmpty(),
                "and to no plain-text handler of their own");
    }

    private static void collectFormatters(Handler handler, List<Formatter> into) {
        if (handler.getFormatter() != null) {
            into.add(handler.getFormatter());
        }
        if (handler instanceof ExtHandler ext) {
            for (Handler nested : ext.getHandlers()) {
                collectFormatters(nested, into);
            }
        }
    }
}
