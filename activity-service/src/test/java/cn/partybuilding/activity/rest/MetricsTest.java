package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import cn.partybuilding.activity.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/metrics}: HTTP metrics by route template, the database pool, and the fault tolerance
 * around branch-service (calls, and its circuit's state).
 */
@QuarkusTest
class MetricsTest {

    @Test
    void routeTemplatesPoolAndBranchServiceCircuit() {
        Fixtures.Branch branch = Fixtures.branch(1, 0);
        String activity = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", "2026-10-01T09:00:00+08:00",
                "2026-10-01T11:00:00+08:00");
        asAdmin().get("/v1/activities/" + activity).then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/v1/activities/{id}\""))
                .body(not(containsString(activity)))
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(matchesPattern("(?s).*ft_invocations_total\\{[^}]*method=\"cn\\.partybuilding\\.branchclient\\.BranchDirectory\\.[a-zA-Z]+\"[^}]*} .*"))
                .body(containsString("ft_circuitbreaker_state_current{method=\"cn.partybuilding.branchclient.BranchDirectory.organization\",state=\"closed\"}"))
                .body(containsString("ft_circuitbreaker_state_current{method=\"cn.partybuilding.branchclient.BranchDirectory.organization\",state=\"open\"}"));
    }
}
