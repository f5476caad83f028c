package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.as;
import static cn.partybuilding.activity.Fixtures.token;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.activity.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each write of an activity, its attendance and its leave requests leaves an event in the branch's subtree. */
@QuarkusTest
class AuditTrailTest {

    private static JsonPath events(String token, String query) {
        return as(token).get("/v1/audit-events?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anActivitysWritesAreRecordedForItsTreeOnly() {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String activity = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", "2030-12-15T09:00:00+08:00", "2030-12-15T11:00:00+08:00");
        String asker = branch.memberIds().get(0);
        String secretary = token(branch.memberIds().get(1), branch.branchId(), "SECRETARY");
        String leave = as(token(asker, branch.branchId(), "MEMBER")).body(Map.of("reason", "外出公务"))
                .post("/v1/activities/" + activity + "/leave-requests").then().statusCode(201).extract().path("id");
        as(secretary).body(Map.of("status", "APPROVED"))
                .patch("/v1/activities/" + activity + "/leave-requests/" + leave).then().statusCode(200);
        as(secretary).body(Map.of("records", List.of(Map.of("memberId", branch.memberIds().get(2), "status", "PRESENT"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(200);
        as(secretary).body(Map.of("records", List.of(Map.of("memberId", "01ZZZZZZZZZZZZZZZZZZZZZZZZ", "status", "PRESENT"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(409);

        String committeeAdmin = token("admin-" + branch.committeeId(), branch.committeeId(), "ORG_ADMIN");
        JsonPath leaveEvents = events(committeeAdmin, "resourceType=LeaveRequest&resourceId=" + leave);
        assertEquals(List.of("UPDATE", "CREATE"), leaveEvents.getList("items.action"));
        assertEquals(List.of(0, 1), List.of(leaveEvents.getInt("items[0].oldVersion"), leaveEvents.getInt("items[0].newVersion")));
        assertEquals(List.of(branch.memberIds().get(1), asker), leaveEvents.getList("items.actor.subject"));
        assertEquals(List.of("decideLeaveRequest", "askLeave"), leaveEvents.getList("items.operation"));

        JsonPath activityEvents = events(committeeAdmin, "resourceId=" + activity);
        assertEquals(List.of("Attendance", "Attendance", "Activity"), activityEvents.getList("items.resourceType"),
                "the approval and the recording changed the register; the refused attendance record left nothing");
        assertEquals(List.of(branch.branchId(), branch.branchId(), branch.branchId()), activityEvents.getList("items.organizationId"));

        Fixtures.Branch other = Fixtures.branch(1, 0);
        as(token("admin-" + other.committeeId(), other.committeeId(), "ORG_ADMIN")).get("/v1/audit-events?resourceId=" + activity)
                .then().statusCode(200).body("items", empty());
        as(secretary).get("/v1/audit-events").then().statusCode(403);
        assertEquals(3, events(token("admin", null, "SYSTEM_ADMIN"), "resourceId=" + activity).getList("items").size());
    }
}
