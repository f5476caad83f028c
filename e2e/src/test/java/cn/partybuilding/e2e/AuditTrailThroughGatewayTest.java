package cn.partybuilding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Writes through the gateway to all three services land in their audit trails, and one call to
 * the gateway reads them back merged, each with the request id and address the gateway saw.
 */
@ExtendWith(RunningSuiteExtension.class)
class AuditTrailThroughGatewayTest {

    private static RunningSuite suite;

    @BeforeAll
    static void connect(RunningSuite runningSuite) {
        suite = runningSuite;
    }

    private static RequestSpecification asAdmin(String requestId) {
        return given().baseUri(suite.gatewayUrl().toString()).header("Authorization", "Bearer " + suite.systemAdminToken())
                .header("X-Request-Id", requestId).contentType(ContentType.JSON);
    }

    @Test
    void oneCallReadsTheWritesOfEveryService() {
        Instant since = Instant.now().minusSeconds(1);
        String run = Long.toString(System.nanoTime(), 36);
        String organization = asAdmin("audit-e2e-org-" + run)
                .body(Map.of("code", "AUDIT" + run, "name", "审计演练党委" + run, "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then().statusCode(201).extract().path("id");
        String activity = asAdmin("audit-e2e-activity-" + run)
                .body(Map.of("organizationId", organization, "type", "PARTY_LECTURE", "title", "审计演练党课",
                        "startAt", "2026-12-20T09:00:00+08:00", "endAt", "2026-12-20T10:00:00+08:00"))
                .post("/v1/activities").then().statusCode(201).extract().path("id");
        String community = asAdmin("audit-e2e-community-" + run)
                .body(Map.of("name", "审计演练社区" + run, "district", "市南区", "street", "八大湖街道"))
                .post("/v1/communities").then().statusCode(201).extract().path("id");

        JsonPath trail = asAdmin("audit-e2e-read-" + run).queryParam("from", since.toString()).queryParam("limit", 200)
                .get("/v1/audit-events").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> ours = trail.<Map<String, Object>>getList("items").stream()
                .filter(event -> Set.of(organization, activity, community).contains(event.get("resourceId"))).toList();
        assertEquals(List.of("volunteer-service/Community/audit-e2e-community-" + run,
                        "activity-service/Activity/audit-e2e-activity-" + run,
                        "branch-service/Organization/audit-e2e-org-" + run),
                ours.stream().map(e -> e.get("service") + "/" + e.get("resourceType") + "/" + e.get("requestId")).toList(),
                "newest first across the services, each with the request that made it");
        for (Map<String, Object> event : ours) {
            assertEquals("CREATE", event.get("action"));
            assertEquals("127.0.0.1", event.get("clientAddress"), "the address the gateway saw");
        }
        asAdmin("audit-e2e-one-" + run).queryParam("service", "activity-service").queryParam("resourceId", activity)
                .get("/v1/audit-events").then().statusCode(200)
                .body("items.service", equalTo(List.of("activity-service")));
    }
}
