package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.assessment.Fixtures;
import cn.partybuilding.common.id.Ulid;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemeApiTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withIndicator(Map<String, Object> body, int category, int indicator, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        List<Map<String, Object>> categories = new ArrayList<>((List<Map<String, Object>>) body.get("categories"));
        Map<String, Object> cat = new HashMap<>(categories.get(category));
        List<Map<String, Object>> indicators = new ArrayList<>((List<Map<String, Object>>) cat.get("indicators"));
        Map<String, Object> ind = new HashMap<>(indicators.get(indicator));
        if (value == null) {
            ind.remove(key);
        } else {
            ind.put(key, value);
        }
        indicators.set(indicator, ind);
        cat.put("indicators", indicators);
        categories.set(category, cat);
        copy.put("categories", categories);
        return copy;
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    @Test
    void issuesASchemeWithOrderedCategoriesDefaultTargetsAndItsTotal() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        Response created = tree.asIssuer().body(Fixtures.schemeBody(tree.workingCommitteeId(), 2025, "2025年度模范机关创建考核方案"))
                .post("/v1/assessment-schemes");
        created.then().statusCode(201).header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("issuerName", equalTo("市直机关工委"))
                .body("totalMax", equalTo(20.0f))
                .body("frozen", equalTo(false))
                .body("categories.name", equalTo(List.of("机关党建标准化", "满意评价多元化")))
                .body("categories[0].indicators.name", equalTo(List.of("三会一课落实率", "党建品牌创建")))
                .body("categories[0].indicators[0].target", equalTo(100.0f))
                .body("categories[0].indicators[1]", not(org.hamcrest.Matchers.hasKey("target")));
        String id = created.path("id");
        tree.asCommitteeAdmin().get("/v1/assessment-schemes/" + id).then().statusCode(200)
                .body("name", equalTo("2025年度模范机关创建考核方案"));
        tree.asIssuer().queryParam("year", 2025).queryParam("issuerId", tree.workingCommitteeId()).get("/v1/assessment-schemes")
                .then().statusCode(200).body("items.id", hasItem(id));
        tree.asIssuer().body(Fixtures.schemeBody(tree.workingCommitteeId(), 2025, "2025年度模范机关创建考核方案"))
                .post("/v1/assessment-schemes").then().statusCode(409).body("code", equalTo("SCHEME_NAME_TAKEN"));
    }

    @Test
    void refusesInvalidThresholdsScoresAndTargetsNamingTheField() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        Map<String, Object> body = Fixtures.schemeBody(tree.workingCommitteeId(), 2025, "方案" + Ulid.next());
        tree.asIssuer().body(with(body, "thresholds", Map.of("excellentMin", 15, "goodMin", 15, "fairMin", 12)))
                .post("/v1/assessment-schemes").then().statusCode(422).body("code", equalTo("THRESHOLDS_NOT_ASCENDING"))
                .body("errors[0].field", equalTo("thresholds"));
        tree.asIssuer().body(with(body, "thresholds", Map.of("excellentMin", 20.5, "goodMin", 15, "fairMin", 12)))
                .post("/v1/assessment-schemes").then().statusCode(422).body("code", equalTo("THRESHOLD_ABOVE_TOTAL"))
                .body("errors[0].field", equalTo("thresholds.excellentMin"));
        tree.asIssuer().body(withIndicator(body, 0, 1, "maxScore", 2.55)).post("/v1/assessment-schemes").then().statusCode(422)
                .body("errors[0].field", equalTo("categories[0].indicators[1].maxScore"));
        tree.asIssuer().body(withIndicator(withIndicator(body, 1, 0, "source", "VOLUNTEER_HOURS_PER_MEMBER"), 1, 0, "target", null))
                .post("/v1/assessment-schemes").then().statusCode(422).body("code", equalTo("TARGET_REQUIRED"))
                .body("errors[0].field", equalTo("categories[1].indicators[0].target"));
        tree.asIssuer().body(withIndicator(body, 0, 1, "target", 5)).post("/v1/assessment-schemes").then().statusCode(422)
                .body("code", equalTo("TARGET_ON_MANUAL_INDICATOR"));
        tree.asIssuer().header("Accept-Language", "en").body(with(body, "thresholds", Map.of("excellentMin", 15, "goodMin", 16, "fairMin", 12)))
                .post("/v1/assessment-schemes").then().statusCode(422).body("title", equalTo("Invalid grade thresholds"));
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndAStartedAssessmentFreezesTheScheme() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String scheme = Fixtures.scheme(tree);
        Map<String, Object> body = new HashMap<>(Fixtures.schemeBody(tree.workingCommitteeId(), 2025, "修订后的方案" + Ulid.next()));
        body.remove("issuerId");
        tree.asIssuer().header("If-Match", "\"7\"").body(body).put("/v1/assessment-schemes/" + scheme).then().statusCode(412);
        String etag = tree.asIssuer().header("If-Match", "\"0\"").body(body).put("/v1/assessment-schemes/" + scheme).then().statusCode(200)
                .header("ETag", not(equalTo("\"0\""))).body("name", equalTo(body.get("name"))).extract().header("ETag");
        tree.asIssuer().header("If-Match", "\"0\"").body(body).put("/v1/assessment-schemes/" + scheme).then().statusCode(412);
        tree.asCommitteeAdmin().header("If-Match", etag).body(body).put("/v1/assessment-schemes/" + scheme).then().statusCode(403);

        Fixtures.assessment(tree, scheme);
        tree.asIssuer().get("/v1/assessment-schemes/" + scheme).then().statusCode(200).body("frozen", equalTo(true));
        tree.asIssuer().header("If-Match", etag).body(body).put("/v1/assessment-schemes/" + scheme).then().statusCode(409)
                .body("code", equalTo("SCHEME_FROZEN"));
    }

    /**
     * An edit racing the first assessment: either the edit lands first (the assessment then scores
     * the edited indicators) or it is refused as frozen; never an assessment over indicators that
     * an edit replaced.
     */
    @Test
    void anEditRacingTheFirstAssessmentNeverChangesTheSchemeUnderIt() throws Exception {
        for (int round = 0; round < 4; round++) {
            Fixtures.Tree tree = Fixtures.tree(1, 1);
            String scheme = Fixtures.scheme(tree);
            Map<String, Object> body = new HashMap<>(Fixtures.schemeBody(tree.workingCommitteeId(), 2025, "并发修订" + Ulid.next()));
            body.remove("issuerId");
            List<Callable<Response>> calls = List.of(
                    () -> tree.asIssuer().header("If-Match", "\"0\"").body(body).put("/v1/assessment-schemes/" + scheme),
                    () -> tree.asIssuer().body(Map.of("schemeId", scheme, "organizationId", tree.committeeId())).post("/v1/assessments"));
            List<Response> answers = Fixtures.inParallel(calls);
            int edit = answers.get(0).statusCode();
            int create = answers.get(1).statusCode();
            assertEquals(201, create);
            assertTrue(edit == 200 || edit == 409, "edit answered " + edit);
            List<String> indicators = tree.asIssuer().get("/v1/assessment-schemes/" + scheme).then().statusCode(200)
                    .extract().jsonPath().getList("categories.indicators.flatten().id");
            List<String> scored = tree.asIssuer().get("/v1/assessments/" + answers.get(1).path("id")).then().statusCode(200)
                    .extract().jsonPath().getList("scores.indicatorId");
            assertEquals(Set.copyOf(indicators), Set.copyOf(scored), "the assessment scores the scheme's current indicators");
            assertEquals(3, scored.size());
        }
    }

    @Test
    void anotherSubtreeNeitherSeesNorIssues() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        Fixtures.Tree other = Fixtures.tree(1, 1);
        String scheme = Fixtures.scheme(tree);
        other.asIssuer().get("/v1/assessment-schemes/" + scheme).then().statusCode(404);
        other.asIssuer().get("/v1/assessment-schemes").then().statusCode(200).body("items.id", not(hasItem(scheme)));
        other.asIssuer().body(Fixtures.schemeBody(tree.workingCommitteeId(), 2025, "越权方案")).post("/v1/assessment-schemes")
                .then().statusCode(422).body("errors[0].field", equalTo("issuerId"));
        as(token(tree.memberIds().get(0), tree.branchIds().get(0), "SECRETARY"))
                .body(Fixtures.schemeBody(tree.workingCommitteeId(), 2025, "书记发布")).post("/v1/assessment-schemes").then().statusCode(403);
    }
}
