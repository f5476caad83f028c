package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every response names its request with X-Request-Id, and a problem repeats it as requestId. */
@QuarkusTest
class RequestIdTest {

    /** A ULID: 26 characters of Crockford base 32. */
    private static final String GENERATED = "[0-9A-HJKMNP-TV-Z]{26}";
    private static final String MISSING = "/v1/organizations/01ZZZZZZZZZZZZZZZZZZZZZZZZ";

    @Test
    void generatesAnIdWhenNoneIsSent() {
        Response first = asAdmin().get("/v1/organizations?limit=1");
        first.then().statusCode(200).header("X-Request-Id", matchesPattern(GENERATED));
        Response second = asAdmin().get("/v1/organizations?limit=1");
        second.then().statusCode(200).header("X-Request-Id", matchesPattern(GENERATED));
        assertNotEquals(first.header("X-Request-Id"), second.header("X-Request-Id"), "each request gets its own id");

        asAdmin().body(Map.of("code", cn.partybuilding.branch.Api.unique("RID"), "name", "市档案馆党支部委员会",
                        "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then().statusCode(201).header("X-Request-Id", matchesPattern(GENERATED));
    }

    @Test
    void echoesTheCallersId() {
        asAdmin().header("X-Request-Id", "abc-123").get("/v1/organizations?limit=1").then()
                .statusCode(200).header("X-Request-Id", "abc-123");
        problem(asAdmin().header("X-Request-Id", "abc-123").get(MISSING).then(), 404, "NOT_FOUND")
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"));
    }

    @Test
    void replacesIdsThatAreTooLongOrNotPrintable() {
        asAdmin().header("X-Request-Id", "x".repeat(129)).get("/v1/organizations?limit=1").then()
                .statusCode(200).header("X-Request-Id", matchesPattern(GENERATED));
        asAdmin().header("X-Request-Id", "abc 123").get("/v1/organizations?limit=1").then()
                .statusCode(200).header("X-Request-Id", matchesPattern(GENERATED));
        String longest = "y".repeat(128);
        asAdmin().header("X-Request-Id", longest).get("/v1/organizations?limit=1").then()
                .statusCode(200).header("X-Request-Id", longest);
    }

    @Test
    void aProblemBodyCarriesTheSameIdAsTheHeader() {
        Response notFound = asAdmin().get(MISSING);
        problem(notFound.then(), 404, "NOT_FOUND").header("X-Request-Id", matchesPattern(GENERATED));
        assertEquals(notFound.header("X-Request-Id"), notFound.path("requestId"));

        Response invalid = asAdmin().body("{}").post("/v1/organizations");
        problem(invalid.then(), 400, "VALIDATION_FAILED");
        assertEquals(invalid.header("X-Request-Id"), invalid.path("requestId"));
        problem(asAdmin().header("X-Request-Id", "trace-400").body("{}").post("/v1/organizations").then(),
                400, "VALIDATION_FAILED")
                .header("X-Request-Id", "trace-400")
                .body("requestId", equalTo("trace-400"));
    }

    @Test
    void aRefusalBeforeAuthenticationCarriesItToo() {
        Response anonymous = given().get("/v1/organizations");
        problem(anonymous.then(), 401, "UNAUTHENTICATED").header("X-Request-Id", matchesPattern(GENERATED));
        assertEquals(anonymous.header("X-Request-Id"), anonymous.path("requestId"));

        problem(given().header("X-Request-Id", "abc-123").get("/v1/organizations").then(), 401, "UNAUTHENTICATED")
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"));
        problem(given().header("X-Request-Id", "abc-123").header("Authorization", "Bearer not-a-jwt")
                .get("/v1/star-ratings").then(), 401, "UNAUTHENTICATED")
                .header("X-Request-Id", "abc-123")
                .body("requestId", equalTo("abc-123"));
    }
}
