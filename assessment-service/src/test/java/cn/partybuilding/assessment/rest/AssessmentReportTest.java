package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.assessment.Fixtures;
import cn.partybuilding.common.time.ChinaTime;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** 党建考核报表: ranking, grades, overdue tasks and duty reports of one subtree and year, as JSON, CSV and Excel. */
@QuarkusTest
class AssessmentReportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Deadlines of the report's year lie long past, so its unfinished tasks are overdue whatever today is. */
    private static final int YEAR = 2021;

    @Inject
    AgroalDataSource dataSource;

    /** What one tree holds for the report: the assessments by branch, the two duty reports and the tasks. */
    record Seeded(Fixtures.Tree tree, List<String> assessments, String votedReport, String silentReport,
                  String januaryTask, String marchTask, String otherBranchTask) {
    }

    private static RequestSpecification asBranchAdmin(Fixtures.Tree tree, int branch) {
        return as(token("branch-admin", tree.branchIds().get(branch), "ORG_ADMIN"));
    }

    /** Sets the total and grade the scoring stage would fix; the scoring itself is AssessmentApiTest's. */
    private void scored(String assessmentId, String total, String grade) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE assessment SET status = 'SCORED', total = ?, grade = ? WHERE id = ?")) {
            update.setBigDecimal(1, new BigDecimal(total));
            update.setString(2, grade);
            update.setString(3, assessmentId);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String dutyReport(Fixtures.Tree tree, int branch, List<String> panel) {
        return tree.asCommitteeAdmin().body(Map.of("organizationId", tree.branchIds().get(branch), "reporterMemberId", panel.get(0),
                        "reporterName", "书记" + branch, "year", YEAR, "title", YEAR + "年度抓基层党建工作述职报告" + branch,
                        "text", "一年来，支部落实“三会一课”制度。", "panelMemberIds", panel.subList(1, 4)))
                .post("/v1/duty-reports").then().statusCode(201).extract().path("id");
    }

    private static void vote(Fixtures.Tree tree, String memberId, String reportId, String choice) {
        as(token(memberId, tree.branchIds().get(0), "MEMBER")).body(Map.of("choice", choice))
                .post("/v1/duty-reports/" + reportId + "/ballots").then().statusCode(201);
    }

    /**
     * A 机关党委 with four branches, all assessed under one scheme of the year with the committee
     * itself: totals 18 (committee), 15, 15, 11 and one not yet scored; an assessment of the next year
     * does not count. Branch 0 holds a voted duty report with three 整改 items, branch 1 one without
     * ballots; tasks overdue, done, due next year and still to come.
     */
    private Seeded seed() throws SQLException {
        Fixtures.Tree tree = Fixtures.tree(4, 4);
        String scheme = tree.asIssuer().body(Fixtures.schemeBody(tree.workingCommitteeId(), YEAR, "考核方案" + tree.committeeId()))
                .post("/v1/assessment-schemes").then().statusCode(201).extract().path("id");
        List<String> assessed = new ArrayList<>(List.of(tree.committeeId()));
        assessed.addAll(tree.branchIds());
        List<String> assessments = new ArrayList<>();
        for (String organization : assessed) {
            assessments.add(tree.asIssuer().body(Map.of("schemeId", scheme, "organizationId", organization))
                    .post("/v1/assessments").then().statusCode(201).extract().<String>path("id"));
        }
        scored(assessments.get(0), "18.0", "EXCELLENT");
        scored(assessments.get(1), "15.0", "GOOD");
        scored(assessments.get(2), "15.0", "GOOD");
        scored(assessments.get(3), "11.0", "POOR");
        String nextYear = tree.asIssuer().body(Fixtures.schemeBody(tree.workingCommitteeId(), YEAR + 1, "次年方案" + tree.committeeId()))
                .post("/v1/assessment-schemes").then().statusCode(201).extract().path("id");
        String nextYearAssessment = tree.asIssuer().body(Map.of("schemeId", nextYear, "organizationId", tree.committeeId()))
                .post("/v1/assessments").then().statusCode(201).extract().path("id");
        scored(nextYearAssessment, "5.0", "POOR");

        List<String> members = tree.memberIds();
        String voted = dutyReport(tree, 0, members.subList(0, 4));
        String silent = dutyReport(tree, 1, members.subList(4, 8));
        DutyReportTest.openVoting(tree, voted);
        vote(tree, members.get(1), voted, "EXCELLENT");
        vote(tree, members.get(2), voted, "GOOD");
        vote(tree, members.get(3), voted, "FAIR");
        RectificationTest.item(tree, voted, YEAR + "-06-30");
        RectificationTest.item(tree, voted, "2099-06-30");
        String reported = RectificationTest.item(tree, voted, YEAR + "-03-31");
        RectificationTest.asBranchAdmin(tree).body(Map.of("note", "已整改")).post("/v1/rectifications/" + reported + "/completion")
                .then().statusCode(200);

        String march = TaskTest.task(tree, tree.branchIds().get(0), YEAR + "-03-01");
        String january = TaskTest.task(tree, tree.branchIds().get(0), YEAR + "-01-15");
        String otherBranch = TaskTest.task(tree, tree.branchIds().get(1), YEAR + "-05-01");
        String done = TaskTest.task(tree, tree.branchIds().get(0), YEAR + "-02-01");
        TaskTest.asBranchAdmin(tree, 0).header("If-Match", "\"0\"").body(Map.of("status", "DONE")).patch("/v1/tasks/" + done)
                .then().statusCode(200);
        TaskTest.task(tree, tree.branchIds().get(0), (YEAR - 1) + "-12-31");
        TaskTest.task(tree, tree.branchIds().get(0), "2099-12-31");
        return new Seeded(tree, assessments, voted, silent, january, march, otherBranch);
    }

    private static RequestSpecification report(Fixtures.Tree tree, String organizationId) {
        return tree.asIssuer().queryParam("organizationId", organizationId).queryParam("year", YEAR);
    }

    @Test
    void ranksByTotalWithTiesSharingARankAndListsTheUnscoredLast() throws SQLException {
        Seeded s = seed();
        List<String> a = s.assessments();
        JsonPath json = report(s.tree(), s.tree().committeeId()).get("/v1/assessment-reports").then().statusCode(200)
                .body("organizationId", equalTo(s.tree().committeeId())).body("organizationName", equalTo("市民政局机关党委"))
                .body("year", equalTo(YEAR))
                .body("ranking.assessmentId", equalTo(List.of(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4))))
                .body("ranking.rank", equalTo(java.util.Arrays.asList(1, 2, 2, 4, null)))
                .body("ranking.organizationName", equalTo(List.of("市民政局机关党委", "市民政局机关第1党支部", "市民政局机关第2党支部",
                        "市民政局机关第3党支部", "市民政局机关第4党支部")))
                .body("ranking[0].total", equalTo(18.0f)).body("ranking[0].grade", equalTo("EXCELLENT"))
                .body("ranking[4].status", equalTo("SELF_ASSESSMENT")).body("ranking[4].total", nullValue())
                .extract().jsonPath();
        assertEquals(Map.of("excellent", 1, "good", 2, "fair", 0, "poor", 1, "notGraded", 1), json.getMap("grades"));

        // a branch's report holds its own assessment only; the working committee's holds all five
        report(s.tree(), s.tree().branchIds().get(1)).get("/v1/assessment-reports").then().statusCode(200)
                .body("ranking.assessmentId", equalTo(List.of(a.get(2)))).body("ranking[0].rank", equalTo(1))
                .body("grades.good", equalTo(1)).body("grades.excellent", equalTo(0)).body("grades.notGraded", equalTo(0));
        report(s.tree(), s.tree().workingCommitteeId()).get("/v1/assessment-reports").then().statusCode(200)
                .body("ranking.size()", equalTo(5));
    }

    @Test
    void listsOnlyTheSubtreesUnfinishedTasksOfTheYearPastTheirDeadline() throws SQLException {
        Seeded s = seed();
        Fixtures.Tree other = Fixtures.tree(1, 1);
        TaskTest.task(other, other.branchIds().get(0), YEAR + "-01-10");
        LocalDate today = ChinaTime.today();
        report(s.tree(), s.tree().committeeId()).get("/v1/assessment-reports").then().statusCode(200)
                .body("overdueTasks.count", equalTo(3))
                .body("overdueTasks.items.id", equalTo(List.of(s.januaryTask(), s.marchTask(), s.otherBranchTask())))
                .body("overdueTasks.items[0].deadline", equalTo(YEAR + "-01-15"))
                .body("overdueTasks.items[0].status", equalTo("ASSIGNED"))
                .body("overdueTasks.items[0].assigneeOrganizationId", equalTo(s.tree().branchIds().get(0)))
                .body("overdueTasks.items[0].daysOverdue", equalTo((int) ChronoUnit.DAYS.between(LocalDate.of(YEAR, 1, 15), today)));
        TaskTest.asBranchAdmin(s.tree(), 1).queryParam("organizationId", s.tree().branchIds().get(1)).queryParam("year", YEAR)
                .get("/v1/assessment-reports").then().statusCode(200)
                .body("overdueTasks.items.id", equalTo(List.of(s.otherBranchTask())));
    }

    @Test
    void eachDutyReportHasItsSatisfactionRateAndRectificationProgress() throws SQLException {
        Seeded s = seed();
        report(s.tree(), s.tree().committeeId()).get("/v1/assessment-reports").then().statusCode(200)
                .body("dutyReports.id", equalTo(List.of(s.votedReport(), s.silentReport())))
                .body("dutyReports[0].reporterName", equalTo("书记0"))
                .body("dutyReports[0].status", equalTo("VOTING"))
                .body("dutyReports[0].ballots.panelSize", equalTo(3)).body("dutyReports[0].ballots.ballots", equalTo(3))
                .body("dutyReports[0].ballots.fair", equalTo(1)).body("dutyReports[0].ballots.satisfactionRate", equalTo(66.67f))
                .body("dutyReports[0].rectifications.total", equalTo(3)).body("dutyReports[0].rectifications.open", equalTo(2))
                .body("dutyReports[0].rectifications.rectified", equalTo(1)).body("dutyReports[0].rectifications.closed", equalTo(0))
                .body("dutyReports[0].rectifications.overdue", equalTo(1))
                .body("dutyReports[1].ballots.ballots", equalTo(0)).body("dutyReports[1].ballots.satisfactionRate", nullValue())
                .body("dutyReports[1].rectifications.total", equalTo(0));
    }

    @Test
    void csvHasAHeaderRowPerPartWithTheDataBelow() throws SQLException {
        Seeded s = seed();
        var response = report(s.tree(), s.tree().committeeId()).header("Accept", "text/csv").get("/v1/assessment-reports").then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment")).extract();
        byte[] bytes = response.asByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n", -1);
        assertEquals("名次,组织编号,组织名称,考核方案,考核状态,总分,等次", lines[0]);
        assertEquals("1,\"" + s.tree().committeeId() + "\",\"市民政局机关党委\",\"考核方案" + s.tree().committeeId() + "\",\"SCORED\",18.0,\"优秀\"",
                lines[1]);
        assertTrue(lines[5].startsWith(",\"" + s.tree().branchIds().get(3) + "\""), lines[5]);
        assertEquals("", lines[6]);
        assertEquals("等次,考核数", lines[7]);
        assertEquals("\"一般\",0", lines[10]);
        String all = String.join("\n", lines);
        assertTrue(all.contains("任务编号,任务名称,承接组织编号,承接组织名称,完成时限,逾期天数,状态"), all);
        assertTrue(all.contains("\"" + s.votedReport() + "\""), all);
        assertTrue(all.contains(",66.67,3,2,1,0,1"), all);
    }

    @Test
    void excelHasASheetPerPartUnderChineseHeaders() throws IOException, SQLException {
        Seeded s = seed();
        byte[] file = report(s.tree(), s.tree().committeeId()).header("Accept", XLSX).get("/v1/assessment-reports").then()
                .statusCode(200).contentType(containsString(XLSX)).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(List.of("考核排名", "等次分布", "逾期任务", "述职评议与整改"), sheets.stream().map(Sheet::getName).toList());
            List<List<String>> ranking = cells(sheets.get(0));
            assertEquals(List.of("名次", "组织编号", "组织名称", "考核方案", "考核状态", "总分", "等次"), ranking.get(0));
            assertEquals(6, ranking.size());
            assertEquals("市民政局机关第2党支部", ranking.get(3).get(2));
            assertEquals(new BigDecimal("2"), new BigDecimal(ranking.get(3).get(0)));
            assertEquals(6, cells(sheets.get(1)).size());
            assertEquals(4, cells(sheets.get(2)).size());
            List<List<String>> duty = cells(sheets.get(3));
            assertEquals(3, duty.size());
            assertEquals(new BigDecimal("66.67"), new BigDecimal(duty.get(1).get(12)));
        }
    }

    private static List<List<String>> cells(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()).toList();
        }
    }

    @Test
    void anOrganizationOutsideTheCallersSubtreeIsRefused() throws SQLException {
        Seeded s = seed();
        Fixtures.Tree other = Fixtures.tree(1, 1);
        other.asCommitteeAdmin().queryParam("organizationId", s.tree().committeeId()).queryParam("year", YEAR)
                .get("/v1/assessment-reports").then().statusCode(422)
                .body("code", equalTo("ORGANIZATION_NOT_FOUND")).body("errors[0].field", equalTo("organizationId"));
        // a branch sees its own subtree, not the committee above it
        TaskTest.asBranchAdmin(s.tree(), 0).queryParam("organizationId", s.tree().committeeId()).queryParam("year", YEAR)
                .get("/v1/assessment-reports").then().statusCode(422);
        as(token("no-organization", null, "ORG_ADMIN")).queryParam("organizationId", s.tree().committeeId()).queryParam("year", YEAR)
                .get("/v1/assessment-reports").then().statusCode(403).body("code", equalTo("NO_ORGANIZATION_IN_TOKEN"));
        Fixtures.asAdmin().queryParam("organizationId", "01JDZ9Y4K3M8Q2W6E5R7T1V0ZZ").queryParam("year", YEAR)
                .get("/v1/assessment-reports").then().statusCode(422).body("code", equalTo("ORGANIZATION_NOT_FOUND"));
        io.restassured.RestAssured.given().queryParam("organizationId", s.tree().committeeId()).queryParam("year", YEAR)
                .get("/v1/assessment-reports").then().statusCode(401);
    }

    @Test
    void badOrMissingParametersAre400NamingTheParameter() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        Fixtures.asAdmin().queryParam("year", YEAR).get("/v1/assessment-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("organizationId"));
        Fixtures.asAdmin().queryParam("organizationId", tree.committeeId()).get("/v1/assessment-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        for (Object year : List.of(1999, 2101, "2021年")) {
            Fixtures.asAdmin().queryParam("organizationId", tree.committeeId()).queryParam("year", year).get("/v1/assessment-reports")
                    .then().statusCode(400).body("errors[0].field", equalTo("year"));
        }
        Fixtures.asAdmin().queryParam("organizationId", "not-an-id").queryParam("year", YEAR).get("/v1/assessment-reports").then()
                .statusCode(400).body("errors[0].field", equalTo("organizationId"));
        Fixtures.asAdmin().queryParam("organizationId", tree.committeeId()).queryParam("year", YEAR).queryParam("quarter", 1)
                .get("/v1/assessment-reports").then().statusCode(400);
    }
}
