package cn.partybuilding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 党建考核 through the gateway, on the demo data: a scheme with automatic indicators and a manual one,
 * an assessment of a department's committee whose automatic figures are exactly what activity- and
 * volunteer-service answer when asked themselves, then self score, review, grade, 公示 and final; a
 * secretary's duty report with a panel and secret ballots; and a rectification raised at it, done,
 * reviewed (回头看) and closed.
 */
@ExtendWith(RunningSuiteExtension.class)
class AssessmentScenarioTest {

    /** The demo data's ids, as common's ExampleIds names them (this module does not see common). */
    private static final String WORKING_COMMITTEE = "01JDZ9Y4K3M8Q2W6E5R7T1V0X0";
    private static final String PARTY_COMMITTEE = "01JDZ9Y4K3M8Q2W6E5R7T1V0X1";
    private static final String BRANCH = "01JDZ9Y4K3M8Q2W6E5R7T1V0XA";
    private static final String SECRETARY = "01JDZA3QW5X8N4B2C7D9E1F0GH";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Decimals as they were sent (a float would not give back the double a service read). */
    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    private static RunningSuite suite;
    private static String issuerAdmin;
    private static String committeeAdmin;

    @BeforeAll
    static void connect(RunningSuite running) {
        suite = running;
        issuerAdmin = suite.orgAdminToken(WORKING_COMMITTEE);
        committeeAdmin = suite.orgAdminToken(PARTY_COMMITTEE);
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(suite.gatewayUrl().toString()).header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    void anAssessmentReadsTheOtherServicesFiguresAndGoesFromSelfAssessmentToFinal() {
        // the demo's 三会一课 and volunteering are of the last twelve months: this year has them
        LocalDate today = LocalDate.now(CHINA);
        int year = today.getYear();
        String run = Long.toString(System.nanoTime(), 36).toUpperCase();
        Map<String, Object> scheme = Map.of("issuerId", WORKING_COMMITTEE, "year", year, "name", year + "年度模范机关建设考核（端到端 " + run + "）",
                "thresholds", Map.of("excellentMin", 90, "goodMin", 80, "fairMin", 60),
                "categories", List.of(
                        Map.of("name", "机关党建标准化", "indicators", List.of(
                                Map.of("name", "三会一课落实率", "maxScore", 30, "source", "COMPLIANCE_RATE"),
                                Map.of("name", "党员参加组织生活出勤率", "maxScore", 20, "source", "ATTENDANCE_RATE"))),
                        Map.of("name", "文明创建常态化", "indicators", List.of(
                                Map.of("name", "党员人均志愿服务时长", "maxScore", 20, "source", "VOLUNTEER_HOURS_PER_MEMBER", "target", 10))),
                        Map.of("name", "满意评价多元化", "indicators", List.of(
                                Map.of("name", "服务对象满意度测评", "maxScore", 30, "source", "MANUAL", "guidance", "第三方测评满意度")))));
        JsonPath issued = as(issuerAdmin).header("Idempotency-Key", "scheme-" + run).body(scheme).post("/v1/assessment-schemes")
                .then().statusCode(201).extract().jsonPath().using(DECIMALS);
        String schemeId = issued.getString("id");
        assertEquals(0, new BigDecimal("100").compareTo(new BigDecimal(issued.getString("totalMax"))), issued.prettify());

        Response created = as(issuerAdmin).header("Idempotency-Key", "assessment-" + run)
                .body(Map.of("schemeId", schemeId, "organizationId", PARTY_COMMITTEE)).post("/v1/assessments");
        created.then().statusCode(201).body("status", equalTo("SELF_ASSESSMENT")).body("scores.size()", equalTo(4));
        String id = created.jsonPath().getString("id");
        as(issuerAdmin).body(Map.of("schemeId", schemeId, "organizationId", PARTY_COMMITTEE)).post("/v1/assessments")
                .then().statusCode(409);

        // automatic figures, read by assessment-service with the caller's token
        Response filled = as(committeeAdmin).header("If-Match", created.header("ETag")).body(Map.of("asOf", today.toString()))
                .post("/v1/assessments/" + id + "/automatic-scores");
        filled.then().statusCode(200);
        JsonPath view = filled.jsonPath(DECIMALS);

        // the same figures, asked of the services themselves through the gateway
        JsonPath compliance = as(committeeAdmin).queryParam("organizationId", PARTY_COMMITTEE).queryParam("year", year)
                .get("/v1/compliance-reports").then().statusCode(200).extract().jsonPath().using(DECIMALS);
        int branches = compliance.getInt("branches");
        int compliant = compliance.getInt("compliantBranches");
        assertTrue(branches >= 5, "the demo committee's branches: " + compliance.prettify());
        Map<String, Object> complianceScore = score(view, "COMPLIANCE_RATE");
        assertDecimal(percent(compliant, branches), automatic(complianceScore, "value"));
        assertDecimal(BigDecimal.valueOf(compliant), automatic(complianceScore, "numerator"));
        assertDecimal(BigDecimal.valueOf(branches), automatic(complianceScore, "denominator"));
        assertEquals("三会一课达标 " + compliant + "/" + branches + " 个党支部", text(complianceScore, "sourceText"));
        assertEquals("activity-service", text(complianceScore, "sourceService"));
        assertDecimal(new BigDecimal("30").multiply(percent(compliant, branches).divide(new BigDecimal("100"), 10, RoundingMode.HALF_UP)
                .min(BigDecimal.ONE)).setScale(1, RoundingMode.HALF_UP), automatic(complianceScore, "score"));

        List<BigDecimal> exactRates = new ArrayList<>();
        compliance.getList("items", Map.class).forEach(item -> {
            Object rate = item.get("attendanceRate");
            if (rate != null) {
                exactRates.add(new BigDecimal(String.valueOf(rate)));
            }
        });
        assertFalse(exactRates.isEmpty(), "the demo branches have attendance");
        BigDecimal sum = exactRates.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal attendance = sum.multiply(new BigDecimal("100")).divide(BigDecimal.valueOf(exactRates.size()), 2, RoundingMode.HALF_UP);
        Map<String, Object> attendanceScore = score(view, "ATTENDANCE_RATE");
        assertDecimal(attendance, automatic(attendanceScore, "value"));
        assertEquals("党支部平均出勤率 " + attendance.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%（" + exactRates.size() + " 个党支部）",
                text(attendanceScore, "sourceText"));

        String from = year + "-01-01";
        JsonPath stats = as(committeeAdmin).queryParam("organizationId", PARTY_COMMITTEE).queryParam("from", from)
                .queryParam("to", today.toString()).get("/v1/volunteer-stats").then().statusCode(200).extract().jsonPath().using(DECIMALS);
        BigDecimal hours = new BigDecimal(stats.getString("hours"));
        int members = memberCount(PARTY_COMMITTEE);
        Map<String, Object> volunteerScore = score(view, "VOLUNTEER_HOURS_PER_MEMBER");
        assertDecimal(hours, automatic(volunteerScore, "numerator"));
        assertDecimal(BigDecimal.valueOf(members), automatic(volunteerScore, "denominator"));
        assertDecimal(hours.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP), automatic(volunteerScore, "value"));
        assertEquals("志愿服务 " + hours.stripTrailingZeros().toPlainString() + " 小时 / " + members + " 名党员（" + from + " 至 " + today + "）",
                text(volunteerScore, "sourceText"));
        assertEquals("volunteer-service", text(volunteerScore, "sourceService"));

        // self score by the committee, review by the issuer, then the total and grade
        String manual = (String) score(view, "MANUAL").get("indicatorId");
        Response self = as(committeeAdmin).header("If-Match", filled.header("ETag"))
                .body(Map.of("scores", List.of(Map.of("indicatorId", manual, "score", 28, "note", "第三方测评满意度 96%"))))
                .put("/v1/assessments/" + id + "/self-scores");
        self.then().statusCode(200);
        Response review = status(id, self.header("ETag"), Map.of("status", "REVIEW"));
        as(issuerAdmin).header("If-Match", review.header("ETag"))
                .body(Map.of("scores", List.of(Map.of("indicatorId", manual, "score", 31, "note", "超过满分"))))
                .put("/v1/assessments/" + id + "/review-scores").then().statusCode(422);
        Response reviewed = as(issuerAdmin).header("If-Match", review.header("ETag"))
                .body(Map.of("scores", List.of(Map.of("indicatorId", manual, "score", 27.5, "note", "材料齐全，测评结果属实"))))
                .put("/v1/assessments/" + id + "/review-scores");
        reviewed.then().statusCode(200);
        BigDecimal automaticTotal = automatic(complianceScore, "score").add(automatic(attendanceScore, "score")).add(automatic(volunteerScore, "score"));
        BigDecimal expectedTotal = automaticTotal.add(new BigDecimal("27.5"));
        Response scored = status(id, reviewed.header("ETag"), Map.of("status", "SCORED"));
        assertDecimal(expectedTotal, new BigDecimal(scored.jsonPath(DECIMALS).getString("total")));
        String grade = expectedTotal.compareTo(new BigDecimal("90")) >= 0 ? "EXCELLENT" : expectedTotal.compareTo(new BigDecimal("80")) >= 0 ? "GOOD"
                : expectedTotal.compareTo(new BigDecimal("60")) >= 0 ? "FAIR" : "POOR";
        assertEquals(grade, scored.jsonPath().getString("grade"));
        assertDecimal(automaticTotal.add(new BigDecimal("28")), new BigDecimal(scored.jsonPath(DECIMALS).getString("selfTotal")));

        // 公示 over a past week, then final; a final assessment no longer changes
        Response publicized = status(id, scored.header("ETag"), Map.of("status", "PUBLICIZED",
                "noticeStart", today.minusDays(10).toString(), "noticeEnd", today.minusDays(4).toString()));
        Response finalized = status(id, publicized.header("ETag"), Map.of("status", "FINAL"));
        assertNotNull(finalized.jsonPath().getString("finalizedAt"));
        as(issuerAdmin).body(Map.of("status", "REVIEW")).put("/v1/assessments/" + id + "/status").then().statusCode(409);
        as(issuerAdmin).get("/v1/assessments/" + id).then().statusCode(200).body("status", equalTo("FINAL")).body("grade", equalTo(grade));
    }

    @Test
    void aDutyReportIsVotedOnceByEachOfItsPanelAndItsRectificationIsClosedAfterReview() {
        int year = LocalDate.now(CHINA).getYear() + 5; // far from the demo's reports
        List<String> panel = new ArrayList<>();
        for (Map<String, Object> member : members(BRANCH)) {
            if (!SECRETARY.equals(member.get("id")) && panel.size() < 4) {
                panel.add((String) member.get("id"));
            }
        }
        assertEquals(4, panel.size());
        String run = Long.toString(System.nanoTime(), 36);
        Response report = as(committeeAdmin).header("Idempotency-Key", "duty-" + run).body(Map.of("organizationId", BRANCH,
                        "reporterMemberId", SECRETARY, "reporterName", "第一党支部书记", "year", year, "period", year + "年度",
                        "title", year + "年度抓基层党建工作述职报告", "text", "一年来，支部落实三会一课制度……存在的问题：党建与业务融合不够深入。",
                        "panelMemberIds", panel))
                .post("/v1/duty-reports");
        report.then().statusCode(201).body("status", equalTo("DRAFT"));
        String reportId = report.jsonPath().getString("id");
        Response voting = as(committeeAdmin).header("If-Match", report.header("ETag")).body(Map.of("status", "VOTING"))
                .patch("/v1/duty-reports/" + reportId);
        voting.then().statusCode(200).body("status", equalTo("VOTING"));

        List<String> choices = List.of("EXCELLENT", "GOOD", "GOOD", "FAIR");
        for (int i = 0; i < panel.size(); i++) {
            as(suite.memberToken(panel.get(i))).body(Map.of("choice", choices.get(i))).post("/v1/duty-reports/" + reportId + "/ballots")
                    .then().statusCode(201).body("ballots", equalTo(i + 1));
        }
        as(suite.memberToken(panel.get(0))).body(Map.of("choice", "POOR")).post("/v1/duty-reports/" + reportId + "/ballots")
                .then().statusCode(409).body("code", equalTo("ALREADY_VOTED"));
        as(suite.memberToken(SECRETARY)).body(Map.of("choice", "EXCELLENT")).post("/v1/duty-reports/" + reportId + "/ballots")
                .then().statusCode(anyOf(is(403), is(404)));
        Response closed = as(committeeAdmin).header("If-Match", voting.header("ETag")).body(Map.of("status", "CLOSED"))
                .patch("/v1/duty-reports/" + reportId);
        closed.then().statusCode(200).body("status", equalTo("CLOSED"));
        JsonPath totals = as(committeeAdmin).get("/v1/duty-reports/" + reportId + "/ballots").then().statusCode(200).extract().jsonPath().using(DECIMALS);
        assertEquals(4, totals.getInt("panelSize"));
        assertEquals(4, totals.getInt("ballots"));
        assertEquals(List.of(1, 2, 1, 0), List.of(totals.getInt("excellent"), totals.getInt("good"), totals.getInt("fair"), totals.getInt("poor")));
        assertDecimal(new BigDecimal("75.00"), new BigDecimal(totals.getString("satisfactionRate")));

        // 整改: raised at the report, done by the branch, closed by the committee above it after 回头看
        Response item = as(committeeAdmin).header("Idempotency-Key", "rect-" + run).body(Map.of("organizationId", BRANCH, "dutyReportId", reportId,
                        "problem", "党建与业务融合不够深入", "measures", "围绕重点工作设立党员先锋岗，每季度讲评一次", "ownerName", "第一党支部书记",
                        "ownerPost", "支部书记", "deadline", year + "-06-30"))
                .post("/v1/rectifications");
        item.then().statusCode(201).body("status", equalTo("OPEN")).body("dutyReportId", equalTo(reportId));
        String itemId = item.jsonPath().getString("id");
        Response done = as(suite.orgAdminToken(BRANCH)).header("If-Match", item.header("ETag"))
                .body(Map.of("note", "已设立党员先锋岗三个，完成两次季度讲评")).post("/v1/rectifications/" + itemId + "/completion");
        done.then().statusCode(200).body("status", equalTo("RECTIFIED"));
        as(suite.orgAdminToken(BRANCH)).body(Map.of("result", "CLOSED", "note", "自己给自己销号")).post("/v1/rectifications/" + itemId + "/reviews")
                .then().statusCode(403);
        as(committeeAdmin).header("If-Match", done.header("ETag")).body(Map.of("result", "CLOSED", "note", "回头看：整改措施落实到位，同意销号"))
                .post("/v1/rectifications/" + itemId + "/reviews").then().statusCode(201).body("status", equalTo("CLOSED"));
        as(committeeAdmin).get("/v1/rectifications/" + itemId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("reviews.size()", equalTo(1)).body("reviews[0].result", equalTo("CLOSED"));
    }

    private static Response status(String id, String etag, Map<String, Object> body) {
        Response response = as(issuerAdmin).header("If-Match", etag).body(body).put("/v1/assessments/" + id + "/status");
        response.then().statusCode(200).body("status", equalTo(body.get("status")));
        return response;
    }

    /** The score row of the first indicator of {@code source}. */
    private static Map<String, Object> score(JsonPath view, String source) {
        List<Map<String, Object>> scores = view.getList("scores");
        return scores.stream().filter(s -> source.equals(s.get("source"))).findFirst().orElseThrow(() -> new AssertionError(source + " in " + view.prettify()));
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal automatic(Map<String, Object> score, String field) {
        Object value = ((Map<String, Object>) score.get("automatic")).get(field);
        return new BigDecimal(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> score, String field) {
        return (String) ((Map<String, Object>) score.get("automatic")).get(field);
    }

    private static BigDecimal percent(long numerator, long denominator) {
        return denominator == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    private static void assertDecimal(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), "expected " + expected + ", was " + actual);
    }

    /** The members of the organization and everything below it, all pages. */
    private static List<Map<String, Object>> members(String organizationId) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(committeeAdmin).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/organizations/" + organizationId + "/members").then().statusCode(200).extract().jsonPath().using(DECIMALS);
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    private static int memberCount(String organizationId) {
        return members(organizationId).size();
    }
}
