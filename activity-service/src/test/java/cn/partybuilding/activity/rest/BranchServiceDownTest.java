package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.partybuilding.activity.Fixtures;
import cn.partybuilding.testsupport.BranchServiceStub;
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

    /** branch-service's own 500 is not "unavailable": a 502 that names it, and once it answers, writes work. */
    @Test
    void itsFaultIsA502NotA503() {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        Map<String, Object> activity = Map.of("organizationId", branch.branchId(), "type", "PARTY_LECTURE",
                "title", "branch-service 出错时", "startAt", "2026-09-03T09:00:00+08:00", "endAt", "2026-09-03T11:00:00+08:00");

        BranchServiceStub.failWith(500);
        asAdmin().body(activity).post("/v1/activities").then().statusCode(502)
                .contentType("application/problem+json")
                .body("code", equalTo("BRANCH_SERVICE_ERROR"));
        asAdmin().header("Accept-Language", "en").body(activity).post("/v1/activities").then().statusCode(502)
                .body("title", equalTo("branch-service failed"));

        BranchServiceStub.failWith(0);
        asAdmin().body(activity).post("/v1/activities").then().statusCode(201);
    }
}
