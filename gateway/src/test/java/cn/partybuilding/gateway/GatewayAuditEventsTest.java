package cn.partybuilding.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One call through the gateway reads the audit trails of all services, merged newest first. */
@QuarkusTest
@WithTestResource(AuditTrailStubs.class)
class GatewayAuditEventsTest {

    private static final String EVENTS = "/v1/audit-events";

    private static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + Jwt.issuer("party-local-dev").subject("auditor")
                .groups(Set.of("SYSTEM_ADMIN")).expiresIn(Duration.ofMinutes(10)).sign());
    }

    /** Every id the pages of {@code query} return, following the cursors, each page checked newest first. */
    private static List<String> walk(String query) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = asAdmin().get(EVENTS + "?" + query + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            List<String> pageIds = page.getList("items.id");
            assertEquals(pageIds.stream().sorted((a, b) -> b.compareTo(a)).toList(), pageIds, "a page is newest first");
            ids.addAll(pageIds);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    private static List<String> expected(String service, String type) {
        return AuditTrailStubs.ALL_EVENTS.stream()
                .filter(e -> service == null || e[0].equals(service))
                .filter(e -> type == null || e[2].equals(type))
                .map(e -> e[1]).toList();
    }

    @Test
    void pagesMergeEveryServicesTrailWithoutGapsOrRepeats() {
        for (int limit : new int[]{1, 4, 7, 23, 200}) {
            assertEquals(expected(null, null), walk("limit=" + limit), "limit " + limit);
        }
    }

    @Test
    void filtersReachEveryServiceAndServiceNamesOne() {
        assertEquals(expected(null, "Member"), walk("limit=3&resourceType=Member"));
        assertEquals(expected("volunteer-service", null), walk("limit=2&service=volunteer-service"));
        assertEquals(expected("branch-service", "Activity"), walk("limit=5&service=branch-service&resourceType=Activity"));
    }

    @Test
    void theCallersBadInputIsAnsweredAsTheServiceAnswersIt() {
        asAdmin().get(EVENTS + "?actor=bad").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().get(EVENTS + "?cursor=djE6bm9wZQ").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        asAdmin().get(EVENTS + "?service=payroll-service").then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        asAdmin().get(EVENTS + "?limit=0").then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        asAdmin().get(EVENTS + "?limit=201").then().statusCode(400).body("code", equalTo("INVALID_PARAMETER"));
        asAdmin().contentType("application/json").body("{}").post(EVENTS).then().statusCode(405);
        given().get(EVENTS).then().statusCode(401);
    }

    @Test
    void aServiceThatFailsFailsTheCallRatherThanGoingMissing() {
        asAdmin().get(EVENTS + "?actor=fail").then().statusCode(503).body("code", equalTo("SERVICE_UNAVAILABLE"));
        assertEquals(expected(null, null).size(), walk("limit=50").size(), "the others are unaffected");
    }
}
