package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.as;
import static cn.partybuilding.activity.Fixtures.asAdmin;
import static cn.partybuilding.activity.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.partybuilding.testsupport.ChangeFeedProfile;
import cn.partybuilding.activity.Fixtures;
import cn.partybuilding.common.changes.ChangeToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The activity change feed: an activity's writes and its attendance's, as changes of the activity. */
@QuarkusTest
@TestProfile(ChangeFeedProfile.class)
class ActivityChangeFeedTest {

    private static final String FEED = "/v1/activities/changes";

    @Test
    void attendanceAndLeaveAreChangesOfTheirActivityCarryingItsRegister() {
        String admin = token("admin", null, "SYSTEM_ADMIN");
        String since = start(admin);
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String activity = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", "2030-12-20T09:00:00+08:00", "2030-12-20T11:00:00+08:00");
        List<String> members = branch.memberIds();
        asAdmin().body(Map.of("records", List.of(Map.of("memberId", members.get(0), "status", "PRESENT"))))
                .put("/v1/activities/" + activity + "/attendance").then().statusCode(200);
        String asker = members.get(1);
        String request = as(token(asker, branch.branchId(), "MEMBER")).body(Map.of("reason", "外出公务"))
                .post("/v1/activities/" + activity + "/leave-requests").then().statusCode(201).extract().path("id");
        as(token(members.get(2), branch.branchId(), "SECRETARY")).body(Map.of("status", "APPROVED"))
                .patch("/v1/activities/" + activity + "/leave-requests/" + request).then().statusCode(200);

        List<Map<String, Object>> changes = about(readUntil(admin, since, items -> about(items, activity).size() >= 3), activity);

        assertEquals(3, changes.size(), "planned, attendance recorded, leave approved; the leave request itself is no change of the register");
        assertTrue(changes.stream().allMatch(c -> "UPSERT".equals(c.get("kind")) && Integer.valueOf(0).equals(c.get("version"))),
                "attendance leaves the activity's version as it is: " + changes);
        assertNull(changes.get(0).get("resource"));
        assertNull(changes.get(1).get("resource"));
        JsonPath latest = new JsonPath(asAdmin().get("/v1/activities/" + activity + "/attendance").asString());
        @SuppressWarnings("unchecked")
        Map<String, Object> resource = (Map<String, Object>) changes.get(2).get("resource");
        @SuppressWarnings("unchecked")
        Map<String, Object> register = (Map<String, Object>) resource.get("attendance");
        assertEquals(1, register.get("attended"));
        assertEquals(1, register.get("onLeave"));
        assertEquals(latest.getInt("expected"), register.get("expected"));
        assertEquals(activity, ((Map<?, ?>) resource.get("activity")).get("id"));
    }

    @Test
    void anotherSubtreesActivitiesAreNotInTheFeed() {
        Fixtures.Branch mine = Fixtures.branch(1, 0);
        Fixtures.Branch theirs = Fixtures.branch(1, 0);
        String client = token("sync-client", mine.committeeId(), "API_CLIENT");
        String since = start(client);
        String theirActivity = Fixtures.activity(theirs.branchId(), "PARTY_LECTURE", "2026-12-21T09:00:00+08:00", "2026-12-21T10:00:00+08:00");
        String myActivity = Fixtures.activity(mine.branchId(), "PARTY_LECTURE", "2026-12-21T09:00:00+08:00", "2026-12-21T10:00:00+08:00");

        List<Map<String, Object>> items = readUntil(client, since, seen -> !about(seen, myActivity).isEmpty());

        assertTrue(about(items, theirActivity).isEmpty());
    }

    @Test
    void tokensAreCheckedAndMembersReadNoFeed() {
        String old = new ChangeToken("activities", 1, Instant.now().minus(Duration.ofDays(31))).encode();
        asAdmin().queryParam("since", old).get(FEED).then().statusCode(410).body("code", equalTo("CHANGE_TOKEN_EXPIRED"));
        asAdmin().queryParam("since", "garbage").get(FEED).then().statusCode(400).body("code", equalTo("CHANGE_TOKEN_INVALID"));
        Fixtures.Branch branch = Fixtures.branch(1, 0);
        as(token(branch.memberIds().get(0), branch.branchId(), "MEMBER")).get(FEED).then().statusCode(403);
    }

    private static String start(String token) {
        return as(token).get(FEED).then().statusCode(200).body("items.size()", equalTo(0)).extract().path("nextSince");
    }

    private static List<Map<String, Object>> readUntil(String token, String since, Predicate<List<Map<String, Object>>> done) {
        List<Map<String, Object>> items = new ArrayList<>();
        Instant giveUp = Instant.now().plusSeconds(ChangeFeedProfile.SETTLE_SECONDS * 3L);
        String next = since;
        while (!done.test(items)) {
            if (Instant.now().isAfter(giveUp)) {
                fail("not delivered; read " + items);
            }
            JsonPath page = as(token).queryParam("since", next).get(FEED).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            next = page.getString("nextSince");
        }
        return items;
    }

    private static List<Map<String, Object>> about(List<Map<String, Object>> items, String id) {
        return items.stream().filter(item -> id.equals(item.get("id"))).toList();
    }
}
