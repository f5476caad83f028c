package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.as;
import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static cn.partybuilding.volunteer.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.partybuilding.common.changes.ChangeToken;
import cn.partybuilding.testsupport.ChangeFeedProfile;
import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feeds of community reports, volunteer records and wishes, each scoped as its collection's reads. */
@QuarkusTest
@TestProfile(ChangeFeedProfile.class)
class VolunteerChangeFeedTest {

    @Test
    void reportsAndRecordsReachTheirCommunityAndTheMembersSubtreeOnly() {
        String community = Fixtures.community();
        String otherCommunity = Fixtures.community();
        Fixtures.Branch branch = Fixtures.branch(1);
        String staff = token("staff-" + community, null, community, "COMMUNITY_STAFF");
        String otherStaff = token("staff-" + otherCommunity, null, otherCommunity, "COMMUNITY_STAFF");
        String orgAdmin = token("org-admin", branch.committeeId(), null, "ORG_ADMIN");
        String staffReports = start(staff, "community-reports");
        String otherStaffReports = start(otherStaff, "community-reports");
        String adminRecords = start(orgAdmin, "volunteer-records");
        String staffRecords = start(staff, "volunteer-records");

        Fixtures.reportMember(branch, 0, community);
        String record = Fixtures.recordAndDecide(branch.asMember(0), community, "2026-11-28", 4, "CONFIRMED");

        List<Map<String, Object>> reports = readUntil(staff, "community-reports", staffReports, 1);
        String report = (String) reports.get(0).get("id");
        assertEquals(community, resource(reports.get(0)).get("communityId"));
        assertTrue(read(otherStaff, "community-reports", otherStaffReports).stream().noneMatch(item -> report.equals(item.get("id"))),
                "another community's staff");

        List<Map<String, Object>> byAdmin = about(readUntil(orgAdmin, "volunteer-records", adminRecords, 2), record);
        assertEquals(List.of(0, 1), byAdmin.stream().map(item -> item.get("version")).toList(), "submitted, then confirmed");
        assertFalse(byAdmin.get(0).containsKey("resource"), "superseded by the confirmation");
        assertEquals("CONFIRMED", resource(byAdmin.get(1)).get("status"));
        assertEquals(2, about(readUntil(staff, "volunteer-records", staffRecords, 2), record).size());
    }

    @Test
    void everyCallerSeesEveryWishTheResidentOnlyTheCommunity() {
        String community = Fixtures.community();
        String staff = token("staff-" + community, null, community, "COMMUNITY_STAFF");
        String client = token("sync-client", Fixtures.branch(0).committeeId(), null, "API_CLIENT");
        String staffSince = start(staff, "wishes");
        String clientSince = start(client, "wishes");
        String wish = asStaff(community).body(Map.of("title", "独居老人希望有人陪同取药", "category", "ELDERLY_CARE",
                        "resident", Map.of("name", "王桂兰", "phone", "13812345678")))
                .post("/v1/wishes").then().statusCode(201).extract().path("id");

        Map<String, Object> forStaff = resource(about(readUntil(staff, "wishes", staffSince, 1), wish).get(0));
        assertEquals("13812345678", ((Map<?, ?>) forStaff.get("resident")).get("phone"));
        Map<String, Object> forClient = resource(about(readUntil(client, "wishes", clientSince, 1), wish).get(0));
        assertEquals("独居老人希望有人陪同取药", forClient.get("title"));
        assertFalse(forClient.containsKey("resident"), "the resident is for the community and the claimer");
    }

    @Test
    void tokensAreCheckedAndMembersReadNoFeed() {
        String old = new ChangeToken("wishes", 1, Instant.now().minus(Duration.ofDays(31))).encode();
        asAdmin().queryParam("since", old).get("/v1/wishes/changes").then().statusCode(410).body("code", equalTo("CHANGE_TOKEN_EXPIRED"));
        asAdmin().queryParam("since", "garbage").get("/v1/volunteer-records/changes").then().statusCode(400)
                .body("code", equalTo("CHANGE_TOKEN_INVALID"));
        Fixtures.branch(1).asMember(0).get("/v1/community-reports/changes").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(Map<String, Object> item) {
        return (Map<String, Object>) item.get("resource");
    }

    private static String start(String token, String feed) {
        return as(token).get("/v1/" + feed + "/changes").then().statusCode(200).body("items.size()", equalTo(0))
                .extract().path("nextSince");
    }

    private static List<Map<String, Object>> read(String token, String feed, String since) {
        return as(token).queryParam("since", since).get("/v1/" + feed + "/changes").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    /** Reads from {@code since} until at least {@code count} changes have come. */
    private static List<Map<String, Object>> readUntil(String token, String feed, String since, int count) {
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

    private static List<Map<String, Object>> about(List<Map<String, Object>> items, String id) {
        return items.stream().filter(item -> id.equals(item.get("id"))).toList();
    }
}
