package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.committeeWithBranch;
import static cn.partybuilding.branch.Api.member;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.systemAdmin;
import static cn.partybuilding.branch.Api.token;
import static cn.partybuilding.branch.Feeds.about;
import static cn.partybuilding.branch.Feeds.has;
import static cn.partybuilding.branch.Feeds.readUntil;
import static cn.partybuilding.branch.Feeds.start;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.testsupport.ChangeFeedProfile;
import cn.partybuilding.branch.Feeds;
import cn.partybuilding.common.changes.ChangeToken;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feeds of branch-service through HTTP: what each change carries, for whom, and when a token is refused. */
@QuarkusTest
@TestProfile(ChangeFeedProfile.class)
class ChangeFeedApiTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resource(Map<String, Object> item) {
        return (Map<String, Object>) item.get("resource");
    }

    @Test
    void aNewReaderGetsAStartTokenAndNoChanges() {
        asAdmin().get("/v1/members/changes").then().statusCode(200)
                .body("items.size()", equalTo(0))
                .body("nextSince", org.hamcrest.Matchers.matchesPattern("[A-Za-z0-9_-]+"));
    }

    @Test
    void createUpdateAndDeleteComeInOrderWithTheResourceOnlyOnTheLatest() {
        String admin = systemAdmin();
        String since = start(admin, "organizations");
        String committee = organization(null, "PARTY_COMMITTEE", "市审计局机关党委");
        String branch = organization(committee, "BRANCH", "市审计局机关第一党支部");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "市审计局机关第二党支部"))
                .patch("/v1/organizations/" + branch).then().statusCode(200);

        List<Map<String, Object>> items = readUntil(admin, "organizations", since, has(branch, 2)).items();

        List<Map<String, Object>> changes = about(items, branch);
        assertEquals(List.of("UPSERT", "UPSERT"), changes.stream().map(c -> c.get("kind")).toList());
        assertEquals(List.of(0, 1), changes.stream().map(c -> c.get("version")).toList());
        assertNull(changes.get(0).get("resource"), "superseded: the later change carries the resource");
        assertEquals("市审计局机关第二党支部", resource(changes.get(1)).get("name"));
        assertEquals(1, resource(changes.get(1)).get("version"));
        assertTrue(((String) changes.get(1).get("changedAt")).endsWith("+08:00"), "in China time");
        assertTrue(items.indexOf(about(items, committee).get(0)) < items.indexOf(changes.get(0)), "in the order they happened");

        String next = readUntil(admin, "organizations", since, has(branch, 2)).nextSince();
        asAdmin().header("If-Match", "\"1\"").delete("/v1/organizations/" + branch).then().statusCode(204);
        List<Map<String, Object>> afterDelete = about(readUntil(admin, "organizations", next, has(branch, 1)).items(), branch);
        assertEquals(1, afterDelete.size(), "each change once: nothing before the token comes again");
        assertEquals("DELETE", afterDelete.get(0).get("kind"));
        assertEquals(1, afterDelete.get(0).get("version"), "the version deleted");
        assertFalse(afterDelete.get(0).containsKey("resource"), "a tombstone");
    }

    @Test
    void anotherSubtreesChangesAreNotInTheFeed() {
        String[] mine = committeeWithBranch();
        String[] theirs = committeeWithBranch();
        String client = token("sync-client", mine[0], "API_CLIENT");
        String since = start(client, "members");
        String theirMember = member(theirs[1], "王海");
        String myMember = member(mine[1], "刘洋");

        List<Map<String, Object>> items = readUntil(client, "members", since, has(myMember, 1)).items();

        assertEquals(myMember, resource(about(items, myMember).get(0)).get("id"));
        assertTrue(about(items, theirMember).isEmpty(), "outside the caller's subtree");
    }

    @Test
    void membersArePhoneAndIdMaskedAsAReadWouldMaskThem() {
        String[] tree = committeeWithBranch();
        String secretary = token("secretary-" + tree[1], tree[1], "SECRETARY");
        String orgAdmin = token("org-admin-" + tree[0], tree[0], "ORG_ADMIN");
        String secretarySince = start(secretary, "members");
        String adminSince = start(orgAdmin, "members");
        String idCard = MemberApiTest.idNumber(LocalDate.of(1985, 6, 12), true);
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", tree[1], "name", "陈静", "gender", "FEMALE",
                "status", "FULL", "joinedOn", "2015-07-01", "phone", "13812345678", "idCardNumber", idCard));
        String id = asAdmin().body(body).post("/v1/members").then().statusCode(201).extract().path("id");

        Map<String, Object> masked = resource(about(readUntil(secretary, "members", secretarySince, has(id, 1)).items(), id).get(0));
        assertEquals("138****5678", masked.get("phone"));
        assertEquals(idCard.substring(0, 6) + "********" + idCard.substring(14), masked.get("idCardNumber"));
        assertEquals(true, masked.get("personalDataMasked"));

        Map<String, Object> full = resource(about(readUntil(orgAdmin, "members", adminSince, has(id, 1)).items(), id).get(0));
        assertEquals("13812345678", full.get("phone"));
        assertEquals(idCard, full.get("idCardNumber"));
        asAdmin().get("/v1/audit-events?resourceId=" + id + "&action=READ_PERSONAL_DATA&actor=org-admin-" + tree[0])
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void starRatingsAndDesignationsHaveTheirFeeds() {
        String admin = systemAdmin();
        String ratingsSince = start(admin, "star-ratings");
        String designationsSince = start(admin, "designations");
        String branch = committeeWithBranch()[1];
        String rating = asAdmin().body(Map.of("organizationId", branch, "year", 2025, "level", "FOUR", "score", 85,
                        "evaluator", "市委市直机关工委"))
                .post("/v1/star-ratings").then().statusCode(201).extract().path("id");
        String designation = asAdmin().body(Map.of("organizationId", branch, "kind", "BRAND", "title", "红色引擎", "year", 2026))
                .post("/v1/designations").then().statusCode(201).extract().path("id");

        assertEquals("FOUR", resource(about(readUntil(admin, "star-ratings", ratingsSince, has(rating, 1)).items(), rating).get(0)).get("level"));
        assertEquals("红色引擎", resource(about(readUntil(admin, "designations", designationsSince, has(designation, 1)).items(), designation).get(0)).get("title"));
        assertTrue(Feeds.page(admin, "star-ratings", ratingsSince, 1000).getList("items.id").stream().noneMatch(designation::equals),
                "a feed delivers its own collection only");
    }

    @Test
    void aTokenOlderThanTheRetentionIsGone() {
        String old = new ChangeToken("members", 1, Instant.now().minus(Duration.ofDays(31))).encode();

        problem(asAdmin().queryParam("since", old).get("/v1/members/changes").then(), 410, "CHANGE_TOKEN_EXPIRED")
                .body("detail", org.hamcrest.Matchers.containsString("重新同步"));
        String recent = new ChangeToken("members", 1, Instant.now().minus(Duration.ofDays(29))).encode();
        asAdmin().queryParam("since", recent).get("/v1/members/changes").then().statusCode(200);
    }

    @Test
    void aTokenFromATrailThisDatabaseDoesNotHoldIsGone() {
        String ahead = new ChangeToken("members", Long.MAX_VALUE / 2, Instant.now()).encode();

        problem(asAdmin().queryParam("since", ahead).get("/v1/members/changes").then(), 410, "CHANGE_TOKEN_EXPIRED");
    }

    @Test
    void aMalformedTokenOrAnotherFeedsIsABadRequest() {
        problem(asAdmin().queryParam("since", "not-a-token").get("/v1/members/changes").then(), 400, "CHANGE_TOKEN_INVALID")
                .body("errors[0].field", equalTo("since"));
        String organizations = start(systemAdmin(), "organizations");
        problem(asAdmin().queryParam("since", organizations).get("/v1/members/changes").then(), 400, "CHANGE_TOKEN_INVALID");
        asAdmin().queryParam("limit", 1001).get("/v1/members/changes").then().statusCode(400);
    }

    @Test
    void membersReadNoFeed() {
        String branch = committeeWithBranch()[1];
        String memberId = member(branch, "赵敏");
        as(token(memberId, branch, "MEMBER")).get("/v1/members/changes").then().statusCode(403);
    }
}
