package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.partybuilding.assessment.Fixtures;
import cn.partybuilding.testsupport.ChangeFeedProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feeds of 述职评议, 整改 items and tasks, each within the reader's subtree. */
@QuarkusTest
@TestProfile(ChangeFeedProfile.class)
class DutyChangeFeedTest {

    @Test
    void dutyReportChangesReachTheSubtreeOnlyAndBallotsAreNoChange() {
        Fixtures.Tree tree = Fixtures.tree(1, 4);
        Fixtures.Tree other = Fixtures.tree(1, 1);
        String admin = token("committee-admin", tree.committeeId(), "ORG_ADMIN");
        String otherAdmin = token("committee-admin", other.committeeId(), "ORG_ADMIN");
        String since = start(admin, "duty-reports");
        String otherSince = start(otherAdmin, "duty-reports");

        String id = DutyReportTest.report(tree);
        DutyReportTest.openVoting(tree, id);
        as(token(tree.memberIds().get(1), tree.branchIds().get(0), "MEMBER")).body(Map.of("choice", "GOOD"))
                .post("/v1/duty-reports/" + id + "/ballots").then().statusCode(201);

        List<Map<String, Object>> changes = about(readUntil(admin, "duty-reports", since, 2), id);
        assertEquals(List.of(0, 1), changes.stream().map(item -> item.get("version")).toList(), "created, then voting opened; no ballot");
        @SuppressWarnings("unchecked")
        Map<String, Object> resource = (Map<String, Object>) changes.get(1).get("resource");
        assertEquals("VOTING", resource.get("status"));
        assertTrue(about(read(otherAdmin, "duty-reports", otherSince), id).isEmpty(), "another subtree");
        as(token(tree.memberIds().get(1), tree.branchIds().get(0), "MEMBER")).get("/v1/duty-reports/changes").then().statusCode(403);
    }

    @Test
    void rectificationChangesCarryTheReviews() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String admin = token("committee-admin", tree.committeeId(), "ORG_ADMIN");
        String since = start(admin, "rectifications");
        String id = RectificationTest.item(tree, null, "2099-06-30");
        RectificationTest.asBranchAdmin(tree).body(Map.of("note", "已完成")).post("/v1/rectifications/" + id + "/completion")
                .then().statusCode(200);
        tree.asCommitteeAdmin().body(Map.of("result", "CLOSED", "note", "同意销号")).post("/v1/rectifications/" + id + "/reviews")
                .then().statusCode(201);

        List<Map<String, Object>> changes = about(readUntil(admin, "rectifications", since, 3), id);
        assertEquals(List.of(0, 1, 2), changes.stream().map(item -> item.get("version")).toList(), "raised, done, closed");
        @SuppressWarnings("unchecked")
        Map<String, Object> resource = (Map<String, Object>) changes.get(2).get("resource");
        assertEquals("CLOSED", resource.get("status"));
    }

    @Test
    void taskChangesReachTheAssignersSubtree() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String issuer = token("issuer-admin", tree.workingCommitteeId(), "ORG_ADMIN");
        String since = start(issuer, "tasks");
        String id = TaskTest.task(tree, tree.branchIds().get(0), "2099-12-31");
        TaskTest.asBranchAdmin(tree, 0).body(Map.of("text", "已启动")).post("/v1/tasks/" + id + "/progress").then().statusCode(201);

        List<Map<String, Object>> changes = about(readUntil(issuer, "tasks", since, 2), id);
        assertEquals(List.of(0, 1), changes.stream().map(item -> item.get("version")).toList(), "assigned, then in progress");
        @SuppressWarnings("unchecked")
        Map<String, Object> resource = (Map<String, Object>) changes.get(1).get("resource");
        assertEquals("IN_PROGRESS", resource.get("status"));
    }

    static String start(String token, String feed) {
        return as(token).get("/v1/" + feed + "/changes").then().statusCode(200).body("items.size()", equalTo(0))
                .extract().path("nextSince");
    }

    static List<Map<String, Object>> read(String token, String feed, String since) {
        return as(token).queryParam("since", since).get("/v1/" + feed + "/changes").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** Reads from {@code since} until at least {@code count} changes have come. */
    static List<Map<String, Object>> readUntil(String token, String feed, String since, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        Instant giveUp = Instant.now().plusSeconds(ChangeFeedProfile.SETTLE_SECONDS * 3L);
        String next = since;
        while (items.size() < count) {
            if (Instant.now().isAfter(giveUp)) {
                fail("not delivered; read " + items);
            }
            JsonPath page = as(token).queryParam("since", next).get("/v1/" + feed + "/changes").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            next = page.getString("nextSince");
        }
        return items;
    }

    static List<Map<String, Object>> about(List<Map<String, Object>> items, String id) {
        return items.stream().filter(item -> id.equals(item.get("id"))).toList();
    }
}
