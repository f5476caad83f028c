package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.as;
import static cn.partybuilding.activity.Fixtures.asAdmin;
import static cn.partybuilding.activity.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;

import cn.partybuilding.activity.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LeaveAndAttendanceTest {

    @Test
    void anApprovedLeaveRequestMakesTheMemberOnLeave() {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String activity = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", "2030-12-10T09:00:00+08:00", "2030-12-10T11:00:00+08:00");
        String asker = branch.memberIds().get(0);
        String request = as(token(asker, branch.branchId(), "MEMBER")).body(Map.of("reason", "外出公务"))
                .post("/v1/activities/" + activity + "/leave-requests").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        as(token(asker, branch.branchId(), "MEMBER")).body(Map.of("reason", "再次请假"))
                .post("/v1/activities/" + activity + "/leave-requests").then().statusCode(409)
                .body("code", equalTo("LEAVE_REQUEST_EXISTS"));
        as(token(asker, branch.branchId(), "MEMBER")).body(Map.of("status", "APPROVED"))
                .patch("/v1/activities/" + activity + "/leave-requests/" + request).then().statusCode(403);

        String secretary = token(branch.memberIds().get(1), branch.branchId(), "SECRETARY");
        as(secretary).body(Map.of("status", "APPROVED")).patch("/v1/activities/" + activity + "/leave-requests/" + request)
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        as(secretary).body(Map.of("status", "REJECTED")).patch("/v1/activities/" + activity + "/leave-requests/" + request)
                .then().statusCode(409).body("code", equalTo("LEAVE_REQUEST_DECIDED"));
        asAdmin().get("/v1/activities/" + activity + "/attendance").then()
                .body("onLeave", equalTo(1))
                .body("records.find { it.memberId == '" + asker + "' }.status", equalTo("ON_LEAVE"));
    }

    @Test
    void leaveIsAskedBeforeTheStartAndAfterItTheSecretaryRecordsIt() {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String member = branch.memberIds().get(0);
        // an activity from March, still PLANNED in the register, asked about in December
        String march = Fixtures.activity(branch.branchId(), "THEME_PARTY_DAY", "2025-03-12T09:00:00+08:00", "2025-03-12T11:00:00+08:00");
        as(token(member, branch.branchId(), "MEMBER")).body(Map.of("reason", "外出公务"))
                .post("/v1/activities/" + march + "/leave-requests").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("LEAVE_AFTER_START"))
                .body("detail", org.hamcrest.Matchers.containsString("2025-03-12T09:00+08:00"));
        as(token(member, branch.branchId(), "MEMBER")).get("/v1/activities/" + march + "/leave-requests").then()
                .statusCode(200).body("size()", equalTo(0));

        // under way: the same; the secretary records the leave in the register instead
        String underWay = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", Fixtures.minutesFromNow(-10), Fixtures.minutesFromNow(60));
        asAdmin().body(Map.of("status", "IN_PROGRESS")).patch("/v1/activities/" + underWay).then().statusCode(200);
        as(token(member, branch.branchId(), "MEMBER")).body(Map.of("reason", "外出公务"))
                .post("/v1/activities/" + underWay + "/leave-requests").then().statusCode(409)
                .body("code", equalTo("LEAVE_AFTER_START"));
        as(token(branch.memberIds().get(1), branch.branchId(), "SECRETARY"))
                .body(Map.of("records", List.of(Map.of("memberId", member, "status", "ON_LEAVE"))))
                .put("/v1/activities/" + underWay + "/attendance").then().statusCode(200).body("onLeave", equalTo(1));
    }

    @Test
    void theSecretaryRecordsAndCorrectsAttendanceInBulk() {
        Fixtures.Branch branch = Fixtures.branch(4, 0);
        String activity = Fixtures.activity(branch.branchId(), "GROUP_MEETING", "2026-12-11T09:00:00+08:00", "2026-12-11T10:00:00+08:00");
        List<String> members = branch.memberIds();
        asAdmin().body(Map.of("records", List.of(
                        Map.of("memberId", members.get(0), "status", "PRESENT"),
                        Map.of("memberId", members.get(1), "status", "LATE"),
                        Map.of("memberId", members.get(2), "status", "ABSENT"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(200)
                .body("attended", equalTo(2)).body("late", equalTo(1)).body("absent", equalTo(1))
                .body("notRecorded", equalTo(1)).body("attendanceRate", equalTo(0.5f));
        asAdmin().body(Map.of("records", List.of(Map.of("memberId", members.get(2), "status", "PRESENT"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(200).body("attended", equalTo(3));
        asAdmin().body(Map.of("records", List.of(Map.of("memberId", "01ZZZZZZZZZZZZZZZZZZZZZZZZ", "status", "PRESENT"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(409).body("code", equalTo("NOT_AN_ATTENDEE"));
        asAdmin().get("/v1/activities/" + activity + "/attendance").then().body("attended", equalTo(3));
        asAdmin().body(Map.of("records", List.of(Map.of("memberId", members.get(3), "status", "MAYBE"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(400);

        // only completed activities count for a member's rate
        as(token(members.get(1), branch.branchId(), "MEMBER")).queryParam("from", "2026-12-01T00:00:00+08:00")
                .queryParam("to", "2027-01-01T00:00:00+08:00").get("/v1/attendance-rates").then().statusCode(200)
                .body("activities", equalTo(0));
        Fixtures.complete(activity);
        as(token(members.get(1), branch.branchId(), "MEMBER")).queryParam("from", "2026-12-01T00:00:00+08:00")
                .queryParam("to", "2027-01-01T00:00:00+08:00").get("/v1/attendance-rates").then().statusCode(200)
                .body("memberId", equalTo(members.get(1))).body("activities", equalTo(1))
                .body("attended", equalTo(1)).body("attendanceRate", equalTo(1.0f));
        asAdmin().queryParam("memberId", members.get(3)).queryParam("from", "2026-12-01T00:00:00+08:00")
                .queryParam("to", "2027-01-01T00:00:00+08:00").get("/v1/attendance-rates").then()
                .body("activities", equalTo(1)).body("attendanceRate", equalTo(0.0f));
    }

    @Test
    void aMemberSeesOnlyTheirOwnLeaveRequestsAndTheSecretarySeesTheBranchs() {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String activity = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", "2030-12-12T09:00:00+08:00", "2030-12-12T11:00:00+08:00");
        List<String> members = branch.memberIds();
        as(token(members.get(0), branch.branchId(), "MEMBER")).body(Map.of("reason", "外出公务"))
                .post("/v1/activities/" + activity + "/leave-requests").then().statusCode(201);
        as(token(members.get(1), branch.branchId(), "MEMBER")).body(Map.of("reason", "住院治疗"))
                .post("/v1/activities/" + activity + "/leave-requests").then().statusCode(201);

        as(token(members.get(0), branch.branchId(), "MEMBER")).get("/v1/activities/" + activity + "/leave-requests").then()
                .statusCode(200).body("memberId", equalTo(List.of(members.get(0)))).body("reason", equalTo(List.of("外出公务")));
        as(token(members.get(2), branch.branchId(), "MEMBER")).get("/v1/activities/" + activity + "/leave-requests").then()
                .statusCode(200).body("size()", equalTo(0));
        as(token(members.get(2), branch.branchId(), "SECRETARY")).get("/v1/activities/" + activity + "/leave-requests").then()
                .statusCode(200).body("reason", equalTo(List.of("外出公务", "住院治疗")));
        as(token("org-admin", branch.committeeId(), "ORG_ADMIN")).get("/v1/activities/" + activity + "/leave-requests").then()
                .statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void aMemberReadsOnlyTheirOwnAttendanceRateAndTheSecretaryReadsTheBranchs() {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        List<String> members = branch.memberIds();
        String activity = Fixtures.activity(branch.branchId(), "GROUP_MEETING", "2026-12-13T09:00:00+08:00", "2026-12-13T10:00:00+08:00");
        asAdmin().body(Map.of("records", List.of(Map.of("memberId", members.get(0), "status", "PRESENT"),
                        Map.of("memberId", members.get(1), "status", "ABSENT"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(200);
        Fixtures.complete(activity);
        String member = token(members.get(0), branch.branchId(), "MEMBER");

        rate(as(member).queryParam("memberId", members.get(1))).statusCode(404).body("code", equalTo("NOT_FOUND"));
        rate(as(member).queryParam("memberId", members.get(0))).statusCode(200).body("attendanceRate", equalTo(1.0f));
        rate(as(member)).statusCode(200).body("memberId", equalTo(members.get(0)));
        rate(as(token(members.get(0), branch.branchId(), "SECRETARY")).queryParam("memberId", members.get(1))).statusCode(200)
                .body("memberId", equalTo(members.get(1))).body("activities", equalTo(1)).body("attendanceRate", equalTo(0.0f));
        rate(as(token("org-admin", branch.committeeId(), "ORG_ADMIN")).queryParam("memberId", members.get(1))).statusCode(200)
                .body("activities", equalTo(1));
    }

    private static ValidatableResponse rate(RequestSpecification caller) {
        return caller.queryParam("from", "2026-12-01T00:00:00+08:00").queryParam("to", "2027-01-01T00:00:00+08:00")
                .get("/v1/attendance-rates").then();
    }
}
