package cn.partybuilding.assessment.rest;

import cn.partybuilding.common.time.ChinaTime;
import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.assessment.Fixtures;
import cn.partybuilding.assessment.MetricServicesStub;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentApiTest {

    record Started(Fixtures.Tree tree, String scheme, String assessment, String compliance, String brand, String satisfaction) {
    }

    private static Started started() {
        Fixtures.Tree tree = Fixtures.tree(2, 2);
        String scheme = Fixtures.scheme(tree);
        String assessment = Fixtures.assessment(tree, scheme);
        List<String> ids = tree.asIssuer().get("/v1/assessments/" + assessment).then().statusCode(200)
                .extract().jsonPath().getList("scores.indicatorId");
        return new Started(tree, scheme, assessment, ids.get(0), ids.get(1), ids.get(2));
    }

    private static Map<String, Object> score(String indicator, Object score) {
        return Map.of("scores", List.of(Map.of("indicatorId", indicator, "score", score, "note", "见会议记录")));
    }

    @Test
    void startsOncePerOrganizationAndSchemeWithNamesBesideIds() {
        Started s = started();
        s.tree().asCommitteeAdmin().get("/v1/assessments/" + s.assessment()).then().statusCode(200)
                .body("status", equalTo("SELF_ASSESSMENT"))
                .body("organizationName", equalTo("市民政局机关党委"))
                .body("assessorName", equalTo("市直机关工委"))
                .body("scores.indicator", equalTo(List.of("三会一课落实率", "党建品牌创建", "群众满意度测评")))
                .body("scores[0].category", equalTo("机关党建标准化"));
        s.tree().asIssuer().body(Map.of("schemeId", s.scheme(), "organizationId", s.tree().committeeId())).post("/v1/assessments")
                .then().statusCode(409).body("code", equalTo("ASSESSMENT_EXISTS"));
        s.tree().asIssuer().body(Map.of("schemeId", s.scheme(), "organizationId", s.tree().workingCommitteeId())).post("/v1/assessments")
                .then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
        s.tree().asCommitteeAdmin().body(Map.of("schemeId", s.scheme(), "organizationId", s.tree().branchIds().get(0)))
                .post("/v1/assessments").then().statusCode(403);
        s.tree().asIssuer().queryParam("schemeId", s.scheme()).get("/v1/assessments").then().statusCode(200)
                .body("items.id", equalTo(List.of(s.assessment())));
    }

    @Test
    void parallelCreatesOfTheSameAssessmentLeaveExactlyOne() throws Exception {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String scheme = Fixtures.scheme(tree);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> tree.asIssuer().body(Map.of("schemeId", scheme, "organizationId", tree.committeeId()))
                    .post("/v1/assessments").statusCode());
        }
        List<Integer> statuses = Fixtures.inParallel(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        tree.asIssuer().queryParam("schemeId", scheme).get("/v1/assessments").then().body("items.size()", equalTo(1));
    }

    @Test
    void scoresNeedTheCurrentVersionAndStayWithinTheIndicatorsOfTheScheme() {
        Started s = started();
        String path = "/v1/assessments/" + s.assessment() + "/self-scores";
        s.tree().asCommitteeAdmin().body(score(s.brand(), 5)).put(path).then().statusCode(428).body("code", equalTo("IF_MATCH_REQUIRED"));
        s.tree().asCommitteeAdmin().header("If-Match", "\"9\"").body(score(s.brand(), 5)).put(path).then().statusCode(412);
        s.tree().asCommitteeAdmin().header("If-Match", "\"0\"").body(score(s.brand(), 6.5)).put(path).then().statusCode(422)
                .body("code", equalTo("SCORE_ABOVE_MAX")).body("errors[0].field", equalTo("scores[0].score"));
        s.tree().asCommitteeAdmin().header("If-Match", "\"0\"").body(score(s.brand(), -1)).put(path).then().statusCode(422)
                .body("code", equalTo("SCORE_NEGATIVE")).body("errors[0].field", equalTo("scores[0].score"));
        s.tree().asCommitteeAdmin().header("If-Match", "\"0\"").body(score(s.brand(), 5.25)).put(path).then().statusCode(422)
                .body("errors[0].field", equalTo("scores[0].score"));
        s.tree().asCommitteeAdmin().header("If-Match", "\"0\"").body(score(started().brand(), 5)).put(path).then().statusCode(422)
                .body("code", equalTo("INDICATOR_NOT_IN_SCHEME")).body("errors[0].field", equalTo("scores[0].indicatorId"));
        s.tree().asCommitteeAdmin().header("If-Match", "\"0\"").body(score(s.compliance(), 5)).put(path).then().statusCode(422)
                .body("code", equalTo("NOT_AUTOMATIC"));
        s.tree().asIssuer().header("If-Match", "\"0\"").body(score(s.brand(), 5)).put(path).then().statusCode(403);

        String etag = s.tree().asCommitteeSecretary().header("If-Match", "\"0\"").body(score(s.brand(), 5.5)).put(path).then().statusCode(200)
                .body("scores[1].selfScore", equalTo(5.5f)).body("selfTotal", equalTo(5.5f)).extract().header("ETag");
        s.tree().asCommitteeAdmin().header("If-Match", "\"0\"").body(score(s.satisfaction(), 4)).put(path).then().statusCode(412);
        s.tree().asCommitteeAdmin().header("If-Match", etag).body(score(s.satisfaction(), 4)).put(path).then().statusCode(200)
                .body("selfTotal", equalTo(9.5f));
        s.tree().asIssuer().header("If-Match", Fixtures.etag("/v1/assessments/" + s.assessment())).body(score(s.brand(), 5))
                .put("/v1/assessments/" + s.assessment() + "/review-scores")
                .then().statusCode(409).body("code", equalTo("WRONG_STAGE"));
    }

    @Test
    void goesFromSelfAssessmentThroughReviewScoringAndNoticeToFinalAndThenNeverChanges() {
        Started s = started();
        String base = "/v1/assessments/" + s.assessment();
        s.tree().asCommitteeAdmin().header("If-Match", "\"0\"").body(score(s.brand(), 6)).put(base + "/self-scores").then().statusCode(200);
        s.tree().asCommitteeAdmin().body(Map.of("status", "REVIEW")).put(base + "/status").then().statusCode(403);
        s.tree().asIssuer().body(Map.of("status", "SCORED")).put(base + "/status").then().statusCode(409)
                .body("code", equalTo("INVALID_TRANSITION"));
        s.tree().asIssuer().body(Map.of("status", "REVIEW")).put(base + "/status").then().statusCode(200).body("status", equalTo("REVIEW"));
        Map<String, Object> review = Map.of("scores", List.of(Map.of("indicatorId", s.brand(), "score", 5.5),
                Map.of("indicatorId", s.satisfaction(), "score", 3.5, "note", "测评满意率 92%")));
        s.tree().asIssuer().header("If-Match", Fixtures.etag(base)).body(review).put(base + "/review-scores").then().statusCode(200)
                .body("reviewTotal", equalTo(9.0f));
        s.tree().asIssuer().body(Map.of("status", "SCORED")).put(base + "/status").then().statusCode(409)
                .body("code", equalTo("SCORES_INCOMPLETE"));

        MetricServicesStub.answer("activity", "/v1/compliance-reports", s.tree().committeeId(),
                Map.of("organizationId", s.tree().committeeId(), "branches", 2, "compliantBranches", 2, "items", List.of()));
        s.tree().asIssuer().contentType("application/json").post(base + "/automatic-scores").then().statusCode(200)
                .body("scores[0].automatic.score", equalTo(10.0f));
        s.tree().asIssuer().body(Map.of("status", "SCORED")).put(base + "/status").then().statusCode(200)
                .body("total", equalTo(19.0f)).body("grade", equalTo("EXCELLENT"));
        LocalDate today = ChinaTime.today();
        s.tree().asIssuer().body(Map.of("status", "PUBLICIZED", "noticeStart", today.toString(), "noticeEnd", today.minusDays(1).toString()))
                .put(base + "/status").then().statusCode(422).body("errors[0].field", equalTo("noticeEnd"));
        s.tree().asIssuer().body(Map.of("status", "PUBLICIZED")).put(base + "/status").then().statusCode(200)
                .body("noticeStart", equalTo(today.toString())).body("noticeEnd", equalTo(today.plusDays(6).toString()));
        s.tree().asIssuer().body(Map.of("status", "FINAL")).put(base + "/status").then().statusCode(409).body("code", equalTo("NOTICE_NOT_OVER"));
        s.tree().asIssuer().body(Map.of("status", "REVIEW")).put(base + "/status").then().statusCode(200).body("grade", equalTo(null));
        s.tree().asIssuer().body(Map.of("status", "SCORED")).put(base + "/status").then().statusCode(200);
        s.tree().asIssuer().body(Map.of("status", "PUBLICIZED", "noticeStart", today.minusDays(10).toString(),
                "noticeEnd", today.minusDays(3).toString())).put(base + "/status").then().statusCode(200);
        String etag = s.tree().asIssuer().body(Map.of("status", "FINAL")).put(base + "/status").then().statusCode(200)
                .body("status", equalTo("FINAL")).extract().header("ETag");

        s.tree().asIssuer().header("If-Match", etag).body(review).put(base + "/review-scores").then().statusCode(409)
                .body("code", equalTo("ASSESSMENT_FINAL"));
        s.tree().asCommitteeAdmin().header("If-Match", etag).body(score(s.brand(), 1)).put(base + "/self-scores").then().statusCode(409)
                .body("code", equalTo("ASSESSMENT_FINAL"));
        s.tree().asIssuer().body(Map.of("status", "REVIEW")).put(base + "/status").then().statusCode(409);
        s.tree().asIssuer().post(base + "/automatic-scores").then().statusCode(409);
    }

    @Test
    void anotherSubtreeSeesNothingAndABranchSeesOnlyWhatIsBelowIt() {
        Started s = started();
        Fixtures.Tree other = Fixtures.tree(1, 1);
        String base = "/v1/assessments/" + s.assessment();
        other.asIssuer().get(base).then().statusCode(404);
        other.asIssuer().get("/v1/assessments").then().statusCode(200).body("items.id", not(hasItem(s.assessment())));
        other.asIssuer().header("If-Match", "\"0\"").body(score(s.brand(), 1)).put(base + "/review-scores").then().statusCode(404);
        as(token("branch-admin", s.tree().branchIds().get(0), "ORG_ADMIN")).get(base).then().statusCode(404);
        Response asMember = as(token(s.tree().memberIds().get(0), s.tree().branchIds().get(0), "MEMBER")).get("/v1/assessments");
        asMember.then().statusCode(200).body("items.size()", equalTo(0));
    }
}
