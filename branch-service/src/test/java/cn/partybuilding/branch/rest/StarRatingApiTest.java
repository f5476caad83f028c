package cn.partybuilding.branch.rest;

import cn.partybuilding.common.time.ChinaTime;
import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StarRatingApiTest {

    private static Map<String, Object> rating(String organizationId, int year, String level, Object score) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("year", year);
        body.put("level", level);
        body.put("score", score);
        body.put("evaluator", "市委市直机关工委");
        return body;
    }

    private static Map<String, Object> rating(String organizationId, int year, String level, Object score,
                                              String noticeStart, String noticeEnd) {
        Map<String, Object> body = rating(organizationId, year, level, score);
        body.put("noticeStart", noticeStart);
        if (noticeEnd != null) {
            body.put("noticeEnd", noticeEnd);
        }
        return body;
    }

    /** Publishes a rating as system administrator and returns its id. */
    private static String publish(Map<String, Object> body) {
        return asAdmin().body(body).post("/v1/star-ratings").then().statusCode(201).extract().path("id");
    }

    /** A rating whose notice period is long over, so it may become final at once. */
    private static String publishPast(String organizationId, int year, String level) {
        return publish(rating(organizationId, year, level, 90, "2024-12-01", "2024-12-07"));
    }

    private static void finalize(String id) {
        asAdmin().body(Map.of("status", "FINAL")).patch("/v1/star-ratings/" + id).then()
                .statusCode(200).body("status", equalTo("FINAL"));
    }

    @Test
    void publishesUnderPublicNoticeWithASevenDayDefaultPeriod() {
        String[] tree = cn.partybuilding.branch.Api.committeeWithBranch();
        String branch = tree[1];
        Response created = asAdmin()
                .body(Map.of("organizationId", branch, "year", 2025, "level", "FIVE", "score", 92.5,
                        "evaluator", "  市委市直机关工委  ", "noticeStart", "2025-12-01", "remarks", "五星级示范党支部"))
                .post("/v1/star-ratings");
        created.then().statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .body("organizationId", equalTo(branch))
                .body("year", equalTo(2025))
                .body("level", equalTo("FIVE"))
                .body("score", equalTo(92.5f))
                .body("evaluator", equalTo("市委市直机关工委"))
                .body("status", equalTo("PUBLIC_NOTICE"))
                .body("noticeStart", equalTo("2025-12-01"))
                .body("noticeEnd", equalTo("2025-12-08"))
                .body("remarks", equalTo("五星级示范党支部"))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue());
        String id = created.path("id");
        created.then().header("Location", endsWith("/v1/star-ratings/" + id));

        asAdmin().get(created.header("Location")).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("score", equalTo(92.5f))
                .body("noticeEnd", equalTo("2025-12-08"));

        // no notice dates at all: the notice starts today and lasts seven days
        String generalBranch = organization(tree[0], "GENERAL_BRANCH", "市财政局机关党总支");
        Response byDefault = asAdmin().body(rating(generalBranch, 2025, "THREE", 75)).post("/v1/star-ratings");
        byDefault.then().statusCode(201).body("status", equalTo("PUBLIC_NOTICE"));
        LocalDate start = LocalDate.parse(byDefault.path("noticeStart"));
        assertEquals(start.plusDays(7), LocalDate.parse(byDefault.path("noticeEnd")));
        assertEquals(ChinaTime.today(), start, "the notice starts today");
    }

    @Test
    void refusesASecondRatingForTheSameYearAndOrganizationsThatAreNotRated() {
        String[] tree = cn.partybuilding.branch.Api.committeeWithBranch();
        publish(rating(tree[1], 2025, "FOUR", 85));
        problem(asAdmin().body(rating(tree[1], 2025, "FIVE", 95)).post("/v1/star-ratings").then(), 409, "RATING_EXISTS")
                .body("errors[0].field", equalTo("year"));
        asAdmin().body(rating(tree[1], 2024, "FIVE", 95)).post("/v1/star-ratings").then().statusCode(201);

        problem(asAdmin().body(rating(tree[0], 2025, "FIVE", 95)).post("/v1/star-ratings").then(),
                422, "ORGANIZATION_NOT_RATABLE")
                .body("errors[0].field", equalTo("organizationId"));
        String group = organization(tree[1], "PARTY_GROUP", "第一党小组");
        problem(asAdmin().body(rating(group, 2025, "FIVE", 95)).post("/v1/star-ratings").then(),
                422, "ORGANIZATION_NOT_RATABLE");
        problem(asAdmin().body(rating("01ZZZZZZZZZZZZZZZZZZZZZZZZ", 2025, "FIVE", 95)).post("/v1/star-ratings").then(),
                422, "ORGANIZATION_NOT_FOUND")
                .body("errors[0].field", equalTo("organizationId"));

        problem(asAdmin().body(rating(tree[1], 2023, "THREE", 70, "2025-12-07", "2025-12-01"))
                .post("/v1/star-ratings").then(), 400, "INVALID_NOTICE_PERIOD")
                .body("errors[0].field", equalTo("noticeEnd"));
        asAdmin().queryParam("organizationId", tree[1]).queryParam("year", 2023).get("/v1/star-ratings").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void correctsUnderNoticeAndFinalizesOnlyAfterTheNoticePeriod() {
        String branch = cn.partybuilding.branch.Api.committeeWithBranch()[1];
        String today = ChinaTime.today().toString();
        String id = publish(rating(branch, 2025, "FOUR", 86, today, today));

        asAdmin().header("If-Match", "\"0\"").body(Map.of("score", 88.25, "level", "FIVE"))
                .patch("/v1/star-ratings/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("score", equalTo(88.25f))
                .body("level", equalTo("FIVE"))
                .body("status", equalTo("PUBLIC_NOTICE"))
                .body("version", equalTo(1));

        problem(asAdmin().body(Map.of("status", "FINAL")).patch("/v1/star-ratings/" + id).then(), 409, "NOTICE_NOT_OVER")
                .body("errors[0].field", equalTo("status"));
        String later = ChinaTime.today().plusDays(3).toString();
        asAdmin().body(Map.of("noticeEnd", later)).patch("/v1/star-ratings/" + id).then().statusCode(200)
                .body("noticeEnd", equalTo(later)).body("version", equalTo(2));
        problem(asAdmin().body(Map.of("status", "FINAL")).patch("/v1/star-ratings/" + id).then(), 409, "NOTICE_NOT_OVER");
        problem(asAdmin().body(Map.of("noticeEnd", "2020-01-01")).patch("/v1/star-ratings/" + id).then(),
                400, "INVALID_NOTICE_PERIOD");
        asAdmin().get("/v1/star-ratings/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("PUBLIC_NOTICE"))
                .body("noticeEnd", equalTo(later))
                .body("score", equalTo(88.25f));

        // under notice a rating may still be withdrawn, and then stays withdrawn
        asAdmin().body(Map.of("status", "WITHDRAWN")).patch("/v1/star-ratings/" + id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        problem(asAdmin().body(Map.of("status", "PUBLIC_NOTICE")).patch("/v1/star-ratings/" + id).then(),
                409, "INVALID_STATUS_TRANSITION");
    }

    @Test
    void aFinalRatingNoLongerChanges() {
        String branch = cn.partybuilding.branch.Api.committeeWithBranch()[1];
        String id = publishPast(branch, 2024, "FIVE");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("status", "FINAL")).patch("/v1/star-ratings/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("FINAL"))
                .body("version", equalTo(1));

        problem(asAdmin().body(Map.of("score", 99)).patch("/v1/star-ratings/" + id).then(), 409, "RATING_NOT_EDITABLE");
        problem(asAdmin().body(Map.of("status", "WITHDRAWN")).patch("/v1/star-ratings/" + id).then(),
                409, "INVALID_STATUS_TRANSITION")
                .body("errors[0].field", equalTo("status"));
        problem(asAdmin().body(Map.of("status", "PUBLIC_NOTICE")).patch("/v1/star-ratings/" + id).then(),
                409, "INVALID_STATUS_TRANSITION");
        asAdmin().get("/v1/star-ratings/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("FINAL"))
                .body("score", equalTo(90.0f));
    }

    @Test
    void listsByOrganizationSubtreeYearLevelAndStatus() {
        String committee = organization(null, "PARTY_COMMITTEE", "市交通运输局机关党委");
        String first = organization(committee, "BRANCH", "市交通运输局第一党支部");
        String second = organization(committee, "BRANCH", "市交通运输局第二党支部");
        String general = organization(committee, "GENERAL_BRANCH", "市交通运输局机关党总支");
        String underGeneral = organization(general, "BRANCH", "市交通运输局港航党支部");
        String otherCommittee = organization(null, "PARTY_COMMITTEE", "市水务管理局机关党委");
        String otherBranch = organization(otherCommittee, "BRANCH", "市水务管理局第一党支部");

        String first2024 = publishPast(first, 2024, "FIVE");
        finalize(first2024);
        String first2025 = publish(rating(first, 2025, "FIVE", 93));
        String second2025 = publish(rating(second, 2025, "FOUR", 84));
        String general2025 = publish(rating(general, 2025, "THREE", 72));
        String harbour2024 = publishPast(underGeneral, 2024, "FOUR");
        String other2025 = publish(rating(otherBranch, 2025, "FIVE", 96));

        asAdmin().queryParam("organizationId", committee).get("/v1/star-ratings").then().statusCode(200)
                .body("items.id", contains(first2024, first2025, second2025, general2025, harbour2024))
                .body("nextCursor", org.hamcrest.Matchers.nullValue());
        asAdmin().queryParam("organizationId", general).get("/v1/star-ratings").then().statusCode(200)
                .body("items.id", contains(general2025, harbour2024));
        asAdmin().queryParam("organizationId", first).get("/v1/star-ratings").then().statusCode(200)
                .body("items.id", contains(first2024, first2025));
        asAdmin().queryParam("organizationId", committee).queryParam("year", 2024).get("/v1/star-ratings").then()
                .statusCode(200).body("items.id", contains(first2024, harbour2024));
        asAdmin().queryParam("organizationId", committee).queryParam("level", "FIVE").get("/v1/star-ratings").then()
                .statusCode(200).body("items.id", contains(first2024, first2025));
        asAdmin().queryParam("organizationId", committee).queryParam("status", "FINAL").get("/v1/star-ratings").then()
                .statusCode(200).body("items.id", contains(first2024));
        asAdmin().queryParam("organizationId", committee).queryParam("status", "PUBLIC_NOTICE")
                .queryParam("year", 2025).queryParam("level", "FOUR").get("/v1/star-ratings").then()
                .statusCode(200).body("items.id", contains(second2025));
        asAdmin().queryParam("organizationId", committee).queryParam("year", 2023).get("/v1/star-ratings").then()
                .statusCode(200).body("items", empty());
        asAdmin().queryParam("organizationId", otherCommittee).get("/v1/star-ratings").then().statusCode(200)
                .body("items.id", contains(other2025));
        asAdmin().queryParam("year", 2025).queryParam("limit", 200).get("/v1/star-ratings").then().statusCode(200)
                .body("items.year", everyItem(equalTo(2025)))
                .body("items.id", hasItem(other2025))
                .body("items.id", not(hasItem(first2024)));

        // paging through the committee's ratings two at a time
        Response page1 = asAdmin().queryParam("organizationId", committee).queryParam("limit", 2).get("/v1/star-ratings");
        page1.then().statusCode(200).body("items.id", contains(first2024, first2025)).body("nextCursor", notNullValue());
        asAdmin().queryParam("organizationId", committee).queryParam("limit", 2)
                .queryParam("cursor", page1.<String>path("nextCursor")).get("/v1/star-ratings").then()
                .statusCode(200).body("items.id", contains(second2025, general2025));

        problem(asAdmin().queryParam("organizationId", "01ZZZZZZZZZZZZZZZZZZZZZZZZ").get("/v1/star-ratings").then(),
                422, "ORGANIZATION_NOT_FOUND")
                .body("errors[0].field", equalTo("organizationId"));
        problem(asAdmin().queryParam("year", 1999).get("/v1/star-ratings").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("year"));
    }

    @Test
    void organizationAdministratorsSeeOnlyTheirSubtreeAndMembersCannotPublish() {
        String[] mine = cn.partybuilding.branch.Api.committeeWithBranch();
        String[] theirs = cn.partybuilding.branch.Api.committeeWithBranch();
        String myRating = publish(rating(mine[1], 2025, "FIVE", 91));
        String theirRating = publish(rating(theirs[1], 2025, "FOUR", 81));
        String myAdmin = token("finance-admin", mine[0], "ORG_ADMIN");

        as(myAdmin).get("/v1/star-ratings/" + myRating).then().statusCode(200).body("id", equalTo(myRating));
        problem(as(myAdmin).get("/v1/star-ratings/" + theirRating).then(), 404, "NOT_FOUND");
        problem(as(myAdmin).body(Map.of("score", 60)).patch("/v1/star-ratings/" + theirRating).then(), 404, "NOT_FOUND");
        as(myAdmin).queryParam("limit", 200).get("/v1/star-ratings").then().statusCode(200)
                .body("items.id", contains(myRating));
        problem(as(myAdmin).queryParam("organizationId", theirs[0]).get("/v1/star-ratings").then(),
                422, "ORGANIZATION_NOT_FOUND");
        problem(as(myAdmin).body(rating(theirs[1], 2024, "FIVE", 90)).post("/v1/star-ratings").then(),
                422, "ORGANIZATION_NOT_FOUND");
        as(myAdmin).body(rating(mine[1], 2024, "FOUR", 80)).post("/v1/star-ratings").then().statusCode(201);
        asAdmin().get("/v1/star-ratings/" + theirRating).then().statusCode(200).body("score", equalTo(81.0f));

        String member = token("branch-member", mine[1], "MEMBER");
        problem(as(member).body(rating(mine[1], 2023, "FIVE", 90)).post("/v1/star-ratings").then(), 403, "FORBIDDEN");
        problem(as(member).body(Map.of("score", 100)).patch("/v1/star-ratings/" + myRating).then(), 403, "FORBIDDEN");
        asAdmin().queryParam("organizationId", mine[1]).queryParam("year", 2023).get("/v1/star-ratings").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void refusesScoresAboveOneHundredOrWithMoreThanTwoDecimals() {
        String branch = cn.partybuilding.branch.Api.committeeWithBranch()[1];
        for (Object score : new Object[]{new BigDecimal("100.001"), 101, new BigDecimal("-0.5")}) {
            problem(asAdmin().body(rating(branch, 2025, "FIVE", score)).post("/v1/star-ratings").then(),
                    400, "VALIDATION_FAILED")
                    .body("errors.field", hasItem("score"))
                    .body("errors.field", everyItem(equalTo("score")));
        }
        asAdmin().queryParam("organizationId", branch).get("/v1/star-ratings").then().statusCode(200)
                .body("items", empty());

        String id = publish(rating(branch, 2025, "FIVE", 100));
        problem(asAdmin().body(Map.of("score", 101)).patch("/v1/star-ratings/" + id).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("score"));
        problem(asAdmin().body(Map.of("score", new BigDecimal("99.999"))).patch("/v1/star-ratings/" + id).then(),
                400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("score"));
        asAdmin().get("/v1/star-ratings/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").body("score", equalTo(100.0f));
    }
}
