package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.asAdmin;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.activity.Fixtures;
import cn.partybuilding.testsupport.BranchServiceStub;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second hop of a trace: what activity-service asks branch-service carries the trace of the request
 * it serves (the gateway's, in the suite), with activity-service's own span as the parent.
 */
@QuarkusTest
class TraceContextTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLERS_SPAN = "00f067aa0ba902b7";

    @Test
    void branchServiceReadsContinueTheTrace() {
        Fixtures.Branch branch = Fixtures.branch(1, 0);
        asAdmin().header("traceparent", "00-" + TRACE + "-" + CALLERS_SPAN + "-01")
                .body(Map.of("organizationId", branch.branchId(), "type", "PARTY_LECTURE", "title", "追踪测试",
                        "startAt", "2026-10-02T09:00:00+08:00", "endAt", "2026-10-02T11:00:00+08:00"))
                .post("/v1/activities").then().statusCode(201);

        String received = BranchServiceStub.lastTraceparent();
        assertTrue(received.startsWith("00-" + TRACE + "-"), "branch-service sees the same trace: " + received);
        assertNotEquals(CALLERS_SPAN, received.split("-")[2], "its parent is activity-service's span");
    }
}
