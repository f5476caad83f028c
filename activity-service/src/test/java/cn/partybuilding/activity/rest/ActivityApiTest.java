package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.as;
import static cn.partybuilding.activity.Fixtures.asAdmin;
import static cn.partybuilding.activity.Fixtures.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.partybuilding.activity.Fixtures;
import cn.partybuilding.common.id.Ulid;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityApiTest {

    @Test
    void plansAnActivityWithTheOrganizationsMembersAsExpectedAttendees() {
        Fixtures.Branch branch = Fixtures.branch(4, 1);
        String id = asAdmin().body(Map.of("organizationId", branch.branchId(), "type", "THEME_PARTY_DAY",
                        "title", "11月主题党日：重温入党志愿书", "topic", "守初心、履誓言、践初心", "speakerName", "张建国",
                        "place", "市财政局党员活动室", "startAt", "2026-11-28T14:30:00+08:00", "endAt", "2026-11-28T16:30:00+08:00"))
                .post("/v1/activities").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("status", equalTo("PLANNED"))
                .body("title", equalTo("11月主题党日：重温入党志愿书"))
                .body("startAt", equalTo("2026-11-28T14:30:00+08:00"))
                .extract().path("id");
        asAdmin().get("/v1/activities/" + id + "/attendance").then().statusCode(200)
                .body("expected", equalTo(5)).body("notRecorded", equalTo(5))
                .body("records.findAll { it.fullMember }", hasSize(4));

        String chosen = asAdmin().body(Map.of("organizationId", branch.branchId(), "type", "COMMITTEE_MEETING", "title", "支委会",
                        "startAt", "2026-11-20T09:00:00+08:00", "endAt", "2026-11-20T10:00:00+08:00",
                        "expectedMemberIds", branch.memberIds().subList(0, 2)))
                .post("/v1/activities").then().statusCode(201).extract().path("id");
        asAdmin().get("/v1/activities/" + chosen + "/attendance").then().body("expected", equalTo(2));

        // an empty list, as generated clients send a field left unset, is every member, not nobody
        String everyone = asAdmin().body(Map.of("organizationId", branch.branchId(), "type", "PARTY_LECTURE", "title", "党课",
                        "startAt", "2026-11-21T09:00:00+08:00", "endAt", "2026-11-21T10:00:00+08:00", "expectedMemberIds", List.of()))
                .post("/v1/activities").then().statusCode(201).extract().path("id");
        asAdmin().get("/v1/activities/" + everyone + "/attendance").then().body("expected", equalTo(5));
    }

    @Test
    void refusesBadTimesUnknownOrganizationsAndStrangers() {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        asAdmin().body(Map.of("organizationId", branch.branchId(), "type", "PARTY_LECTURE", "title", "党课",
                        "startAt", "2026-11-28T16:30:00+08:00", "endAt", "2026-11-28T14:30:00+08:00"))
                .post("/v1/activities").then().statusCode(400).body("code", equalTo("END_BEFORE_START"));
        asAdmin().body(Map.of("organizationId", "01ZZZZZZZZZZZZZZZZZZZZZZZZ", "type", "PARTY_LECTURE", "title", "党课",
                        "startAt", "2026-11-28T14:30:00+08:00", "endAt", "2026-11-28T16:30:00+08:00"))
                .post("/v1/activities").then().statusCode(422).body("code", equalTo("ORGANIZATION_NOT_FOUND"));
        asAdmin().body(Map.of("organizationId", branch.branchId(), "type", "PARTY_LECTURE", "title", "党课",
                        "startAt", "2026-11-28T14:30:00+08:00", "endAt", "2026-11-28T16:30:00+08:00",
                        "expectedMemberIds", List.of("01ZZZZZZZZZZZZZZZZZZZZZZZZ")))
                .post("/v1/activities").then().statusCode(409).body("code", equalTo("NOT_AN_ATTENDEE"));

        String id = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", "2026-12-01T09:00:00+08:00", "2026-12-01T11:00:00+08:00");
        Fixtures.Branch other = Fixtures.branch(3, 0);
        String outsider = token("outsider", other.branchId(), "ORG_ADMIN");
        as(outsider).get("/v1/activities/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
        as(outsider).queryParam("organizationId", branch.branchId()).get("/v1/activities").then().statusCode(422);
        as(token("insider", branch.committeeId(), "ORG_ADMIN")).get("/v1/activities/" + id).then().statusCode(200);
    }

    @Test
    void movesThroughItsStatesOnlyForwardAndHonoursIfMatch() {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String id = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", "2026-10-10T09:00:00+08:00", "2026-10-10T11:00:00+08:00");
        asAdmin().body(Map.of("status", "COMPLETED")).patch("/v1/activities/" + id).then().statusCode(409)
                .body("code", equalTo("INVALID_STATUS_TRANSITION"));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS")).patch("/v1/activities/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("status", "COMPLETED")).patch("/v1/activities/" + id)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED"));
        asAdmin().body(Map.of("status", "COMPLETED", "minutes", "应到3人，实到3人。", "resolutions", "通过年度工作计划。"))
                .patch("/v1/activities/" + id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("minutes", equalTo("应到3人，实到3人。"));
        asAdmin().body(Map.of("title", "改标题")).patch("/v1/activities/" + id).then().statusCode(409)
                .body("code", equalTo("ACTIVITY_FINAL"));
        asAdmin().body(Map.of("status", "CANCELLED")).patch("/v1/activities/" + id).then().statusCode(409);
    }

    @Test
    void listsBySubtreeTypePeriodAndMyActivities() {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        String lecture = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", "2025-03-05T09:00:00+08:00", "2025-03-05T11:00:00+08:00");
        String themeDay = Fixtures.activity(branch.branchId(), "THEME_PARTY_DAY", "2025-04-05T09:00:00+08:00", "2025-04-05T11:00:00+08:00");
        asAdmin().queryParam("organizationId", branch.committeeId()).get("/v1/activities").then()
                .body("items.id", contains(lecture, themeDay));
        asAdmin().queryParam("organizationId", branch.committeeId()).queryParam("type", "THEME_PARTY_DAY")
                .get("/v1/activities").then().body("items.id", contains(themeDay));
        asAdmin().queryParam("organizationId", branch.committeeId()).queryParam("from", "2025-04-01T00:00:00+08:00")
                .queryParam("to", "2025-05-01T00:00:00+08:00").get("/v1/activities").then().body("items.id", contains(themeDay));
        String member = branch.memberIds().get(0);
        as(token(member, branch.branchId(), "MEMBER")).queryParam("mine", true).get("/v1/activities").then()
                .body("items.id", contains(lecture, themeDay));
        String joinedLater = Fixtures.member(branch.branchId(), "新转入党员", "FULL");
        as(token(joinedLater, branch.branchId(), "MEMBER")).queryParam("mine", true).get("/v1/activities").then()
                .body("items", empty());
    }

    @Test
    void aMemberTokenIsTrustedNoFurtherThanTheMemberRecord() {
        Fixtures.Branch mine = Fixtures.branch(1, 0);
        Fixtures.Branch other = Fixtures.branch(1, 0);
        String elsewhere = Fixtures.activity(other.branchId(), "PARTY_LECTURE", "2025-06-01T09:00:00+08:00", "2025-06-01T11:00:00+08:00");
        String member = mine.memberIds().get(0);
        as(token(member, other.branchId(), "MEMBER")).get("/v1/activities/" + elsewhere).then()
                .statusCode(403).body("code", equalTo("TOKEN_MEMBER_MISMATCH"));
        as(token(member, null, "MEMBER")).get("/v1/activities/" + elsewhere).then().statusCode(404);
        as(token(Ulid.next(), mine.branchId(), "MEMBER")).get("/v1/activities").then()
                .statusCode(403).body("code", equalTo("TOKEN_MEMBER_MISMATCH"));
    }

    @Test
    void aMachineClientPlansActivitiesOnlyWithTheActivitiesWriteScope() {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        Map<String, Object> plan = Map.of("organizationId", branch.branchId(), "type", "PARTY_LECTURE", "title", "书记讲党课",
                "startAt", "2026-12-10T14:30:00+08:00", "endAt", "2026-12-10T16:00:00+08:00");
        as(token("gov-exchange", branch.committeeId(), "API_CLIENT")).body(plan).post("/v1/activities").then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        String writer = io.smallrye.jwt.build.Jwt.issuer("party-local-dev").subject("gov-exchange")
                .groups(java.util.Set.of("API_CLIENT")).claim("orgId", branch.committeeId()).claim("scope", "activities:write")
                .expiresIn(java.time.Duration.ofMinutes(30)).sign();
        as(writer).body(plan).post("/v1/activities").then().statusCode(201).body("organizationId", equalTo(branch.branchId()));
        as(writer).body(Map.of("organizationId", Fixtures.branch(1, 0).branchId(), "type", "PARTY_LECTURE", "title", "党课",
                        "startAt", "2026-12-10T14:30:00+08:00", "endAt", "2026-12-10T16:00:00+08:00"))
                .post("/v1/activities").then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
    }
}
