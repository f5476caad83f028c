package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.partybuilding.activity.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BranchServiceDownTest {

    @AfterEach
    void branchServiceBack() {
        Fixtures.branchServiceDown(false);
    }

    @Test
    void readsKeepWorkingAndWritesThatNeedItFailWith503WritingNothing() {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        String activity = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", "2026-09-01T09:00:00+08:00", "2026-09-01T11:00:00+08:00");

        Fixtures.branchServiceDown(true);
        asAdmin().get("/v1/activities/" + activity).then().statusCode(200).body("id", equalTo(activity));
        asAdmin().get("/v1/activities/" + activity + "/attendance").then().statusCode(200).body("expected", equalTo(2));
        asAdmin().body(Map.of("organizationId", branch.branchId(), "type", "PARTY_LECTURE", "title", "branch-service 宕机时",
                        "startAt", "2026-09-02T09:00:00+08:00", "endAt", "2026-09-02T11:00:00+08:00"))
                .post("/v1/activities").then().statusCode(503)
                .contentType("application/problem+json")
                .body("code", equalTo("SERVICE_UNAVAILABLE"));

        Fixtures.branchServiceDown(false);
        // the organization path is cached, so list by the system administrator's view of everything
        asAdmin().queryParam("organizationId", branch.branchId()).get("/v1/activities").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(activity));
    }
}
