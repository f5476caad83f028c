package cn.partybuilding.assessment.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.assessment.Fixtures;
import cn.partybuilding.assessment.MetricServicesStub;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.testsupport.BranchServiceStub;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Automatic indicators from the stubbed services' known figures, and what happens when one of them is down. */
@QuarkusTest
class AutomaticScoresTest {

    @AfterEach
    void servicesBack() {
        MetricServicesStub.failWith("activity", 0);
        MetricServicesStub.failWith("volunteer", 0);
        BranchServiceStub.failWith(0);
    }

    /** A scheme with one indicator of every automatic source and one manual indicator. */
    private static String everyMetricScheme(Fixtures.Tree tree) {
        return tree.asIssuer().body(Map.of("issuerId", tree.workingCommitteeId(), "year", 2025, "name", "自动指标方案" + Ulid.next(),
                        "thresholds", Map.of("excellentMin", 60, "goodMin", 50, "fairMin", 40),
                        "categories", List.of(Map.of("name", "创建考核过程化", "indicators", List.of(
                                Map.of("name", "三会一课落实率", "maxScore", 12, "source", "COMPLIANCE_RATE"),
                                Map.of("name", "组织生活出勤率", "maxScore", 10, "source", "ATTENDANCE_RATE", "target", 90),
                                Map.of("name", "党员志愿服务人均时长", "maxScore", 10, "source", "VOLUNTEER_HOURS_PER_MEMBER", "target", 10),
                                Map.of("name", "党员双报到覆盖率", "maxScore", 10, "source", "REPORTING_COVERAGE"),
                                Map.of("name", "党支部设置合规率", "maxScore", 10, "source", "STRUCTURE_PASS_RATE"),
                                Map.of("name", "星级党支部创建", "maxScore", 10, "source", "STAR_LEVEL"),
                                Map.of("name", "党建品牌创建", "maxScore", 8, "source", "MANUAL"))))))
                .post("/v1/assessment-schemes").then().statusCode(201).extract().path("id");
    }

    /** Figures for the tree's 机关党委: 11 of 12 branches compliant, 4 members, 30 hours, 3 reported, 1 of 4 branches flagged, four stars. */
    private static void knownFigures(Fixtures.Tree tree) {
        String org = tree.committeeId();
        MetricServicesStub.answer("activity", "/v1/compliance-reports", org, Map.of("organizationId", org, "period", "2025",
                "branches", 12, "compliantBranches", 11, "items", List.of(
                        Map.of("organizationId", tree.branchIds().get(0), "compliant", true, "attendanceRate", 0.9),
                        Map.of("organizationId", tree.branchIds().get(1), "compliant", false, "attendanceRate", 0.7))));
        MetricServicesStub.answer("volunteer", "/v1/volunteer-stats", org, Map.of("organizationId", org, "hours", 30, "personTimes", 9));
        MetricServicesStub.answer("volunteer", "/v1/community-reports", org, Map.of("items", List.of(
                Map.of("id", Ulid.next(), "kind", "MEMBER", "memberId", tree.memberIds().get(0), "status", "ACTIVE"),
                Map.of("id", Ulid.next(), "kind", "MEMBER", "memberId", tree.memberIds().get(1), "status", "ACTIVE")), "nextCursor", "p2"));
        MetricServicesStub.answer("volunteer", "/v1/community-reports", org, "p2", Map.of("items", List.of(
                Map.of("id", Ulid.next(), "kind", "MEMBER", "memberId", tree.memberIds().get(1), "status", "ACTIVE"),
                Map.of("id", Ulid.next(), "kind", "MEMBER", "memberId", tree.memberIds().get(2), "status", "ACTIVE"))));
        BranchServiceStub.answer("/v1/organizations/" + org + "/structure-check", null, Map.of("organizationId", org, "branchesChecked", 4,
                "findings", List.of(Map.of("organizationId", tree.branchIds().get(1), "rules", List.of("TOO_FEW_FULL_MEMBERS")))));
        BranchServiceStub.answer("/v1/star-ratings", org, Map.of("items", List.of(
                Map.of("organizationId", org, "year", 2025, "level", "FOUR", "status", "FINAL"),
                Map.of("organizationId", tree.branchIds().get(0), "year", 2025, "level", "FIVE", "status", "FINAL"))));
    }

    @Test
    void fillsEachAutomaticIndicatorWithItsValueScoreAndSource() {
        Fixtures.Tree tree = Fixtures.tree(2, 2);
        String assessment = Fixtures.assessment(tree, everyMetricScheme(tree));
        knownFigures(tree);

        tree.asIssuer().body(Map.of("asOf", "2025-12-31")).post("/v1/assessments/" + assessment + "/automatic-scores").then().statusCode(200)
                .body("automaticAsOf", equalTo("2025-12-31"))
                .body("scores[0].automatic.value", equalTo(91.67f))
                .body("scores[0].automatic.numerator", equalTo(11.0f))
                .body("scores[0].automatic.denominator", equalTo(12.0f))
                .body("scores[0].automatic.score", equalTo(11.0f))
                .body("scores[0].automatic.sourceService", equalTo("activity-service"))
                .body("scores[0].automatic.sourceText", equalTo("三会一课达标 11/12 个党支部"))
                .body("scores[0].automatic.fetchedAt", notNullValue())
                .body("scores[1].automatic.value", equalTo(80.0f))
                .body("scores[1].automatic.score", equalTo(8.9f))
                .body("scores[2].automatic.value", equalTo(7.5f))
                .body("scores[2].automatic.score", equalTo(7.5f))
                .body("scores[2].automatic.sourceText", equalTo("志愿服务 30 小时 / 4 名党员（2025-01-01 至 2025-12-31）"))
                .body("scores[3].automatic.value", equalTo(75.0f))
                .body("scores[3].automatic.score", equalTo(7.5f))
                .body("scores[3].automatic.sourceText", equalTo("党员到社区报到 3/4 人"))
                .body("scores[4].automatic.value", equalTo(75.0f))
                .body("scores[4].automatic.sourceText", equalTo("组织设置合规 3/4 个党支部"))
                .body("scores[5].automatic.value", equalTo(4.0f))
                .body("scores[5].automatic.score", equalTo(8.0f))
                .body("scores[6].automatic", nullValue())
                .body("selfTotal", equalTo(50.4f));
    }

    @Test
    void aServiceDownAnswers503WritesNothingAndTheAssessmentStaysReadable() {
        Fixtures.Tree tree = Fixtures.tree(2, 2);
        String assessment = Fixtures.assessment(tree, everyMetricScheme(tree));
        knownFigures(tree);
        String base = "/v1/assessments/" + assessment;
        String etag = Fixtures.etag(base);

        for (String service : List.of("activity", "volunteer")) {
            MetricServicesStub.failWith(service, 503);
            tree.asIssuer().post(base + "/automatic-scores").then().statusCode(503).header("Retry-After", notNullValue())
                    .body("code", equalTo("METRIC_SOURCE_UNAVAILABLE")).body("detail", org.hamcrest.Matchers.containsString(service + "-service"));
            MetricServicesStub.failWith(service, 0);
        }
        MetricServicesStub.failWith("volunteer", 500);
        tree.asIssuer().post(base + "/automatic-scores").then().statusCode(503);
        MetricServicesStub.failWith("volunteer", 0);
        BranchServiceStub.failWith(503);
        tree.asIssuer().post(base + "/automatic-scores").then().statusCode(503);
        tree.asIssuer().get(base).then().statusCode(200).body("scores[0].automatic", nullValue());
        BranchServiceStub.failWith(0);

        tree.asIssuer().get(base).then().statusCode(200).header("ETag", equalTo(etag))
                .body("automaticFilledAt", nullValue()).body("scores.findAll { it.automatic != null }.size()", equalTo(0));
        tree.asIssuer().post(base + "/automatic-scores").then().statusCode(200).body("scores[0].automatic.score", equalTo(11.0f));
        assertEquals(false, Fixtures.etag(base).equals(etag));
    }
}
