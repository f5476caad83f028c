package cn.partybuilding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rules of 三会一课 as the 条例 sets them, seen through the gateway with the real branch-service
 * behind activity-service: a 支部党员大会 without a quorum is not held, a 支委会 is asked only of a
 * branch with a committee, and leave is asked before the activity starts.
 */
@ExtendWith(RunningSuiteExtension.class)
class BranchRulesThroughGatewayTest {

    private static RunningSuite suite;

    @BeforeAll
    static void connect(RunningSuite runningSuite) {
        suite = runningSuite;
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(suite.gatewayUrl().toString()).header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String create(String path, Map<String, Object> body) {
        return as(suite.systemAdminToken()).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    private static String member(String branch, String name, String status) {
        return create("/v1/members", Map.of("organizationId", branch, "name", name, "gender", "MALE", "status", status,
                "joinedOn", status.equals("FULL") ? "2015-07-01" : "2026-07-01"));
    }

    private static String completed(String branch, String type, String day, List<String> present) {
        String id = create("/v1/activities", Map.of("organizationId", branch, "type", type, "title", "第一季度" + type,
                "startAt", day + "T09:00:00+08:00", "endAt", day + "T11:00:00+08:00"));
        if (!present.isEmpty()) {
            as(suite.systemAdminToken()).body(Map.of("records", present.stream().map(m -> Map.of("memberId", m, "status", "PRESENT")).toList()))
                    .put("/v1/activities/" + id + "/attendance").then().statusCode(200);
        }
        as(suite.systemAdminToken()).body(Map.of("status", "IN_PROGRESS")).patch("/v1/activities/" + id).then().statusCode(200);
        as(suite.systemAdminToken()).body(Map.of("status", "COMPLETED")).patch("/v1/activities/" + id).then().statusCode(200);
        return id;
    }

    @Test
    void theComplianceReportLeaveAndTheCommitteeFollowTheRegulations() {
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        String committee = create("/v1/organizations", Map.of("code", "RULES-" + run, "name", "青岛市司法局机关党委", "type", "PARTY_COMMITTEE"));
        // five members: four full and one probationary, who attends without a vote; no committee
        String small = create("/v1/organizations", Map.of("code", "RULES-" + run + "-1", "name", "法治督察处党支部",
                "type", "BRANCH", "parentId", committee));
        List<String> smallMembers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            smallMembers.add(member(small, "督察处党员" + i, "FULL"));
        }
        smallMembers.add(member(small, "督察处预备党员", "PROBATIONARY"));
        // seven full members, three of them elected to committee posts
        String large = create("/v1/organizations", Map.of("code", "RULES-" + run + "-2", "name", "机关第一党支部",
                "type", "BRANCH", "parentId", committee));
        List<String> posts = List.of("SECRETARY", "ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER");
        for (int i = 0; i < 7; i++) {
            String id = member(large, "一支部党员" + i, "FULL");
            if (i < posts.size()) {
                as(suite.systemAdminToken()).body(Map.of("posts", List.of(posts.get(i)))).patch("/v1/members/" + id).then().statusCode(200);
            }
        }
        as(suite.systemAdminToken()).get("/v1/organizations/" + large).then().statusCode(200).body("hasCommittee", equalTo(true));

        String withoutQuorum = completed(small, "GENERAL_MEETING", "2025-02-14",
                List.of(smallMembers.get(0), smallMembers.get(1), smallMembers.get(4)));

        String smallBranch = "items.find { it.organizationId == '" + small + "' }.";
        String largeBranch = "items.find { it.organizationId == '" + large + "' }.";
        as(suite.systemAdminToken()).queryParam("organizationId", committee).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/v1/compliance-reports").then().statusCode(200)
                .body(smallBranch + "requirements.find { it.type == 'GENERAL_MEETING' }.held", equalTo(0))
                .body(smallBranch + "meetingsWithoutQuorum[0].activityId", equalTo(withoutQuorum))
                .body(smallBranch + "meetings[0].counting", equalTo("NO_QUORUM"))
                .body(smallBranch + "requirements.type", not(hasItem("COMMITTEE_MEETING")))
                .body(largeBranch + "requirements.type", hasItem("COMMITTEE_MEETING"));

        // leave from a March activity asked for in December: the secretary records it instead
        String march = create("/v1/activities", Map.of("organizationId", small, "type", "THEME_PARTY_DAY", "title", "3月主题党日",
                "startAt", "2025-03-12T09:00:00+08:00", "endAt", "2025-03-12T11:00:00+08:00"));
        String memberToken = suite.memberToken(smallMembers.get(2));
        as(memberToken).body(Map.of("reason", "外出公务")).post("/v1/activities/" + march + "/leave-requests").then()
                .statusCode(409).contentType(containsString("application/problem+json"))
                .body("code", equalTo("LEAVE_AFTER_START"));
    }
}
