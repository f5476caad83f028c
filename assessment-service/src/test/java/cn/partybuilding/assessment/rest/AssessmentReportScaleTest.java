package cn.partybuilding.assessment.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.assessment.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The province's report: 5,000 organizations each assessed and with a duty report (5 整改 items,
 * 3 panel members), 20,000 tasks of which 10,000 overdue. The JSON answer must come well within a
 * second, and no part of it scans a whole table. Rows are made by SQL (a recursive CTE, as MariaDB runs it).
 */
@QuarkusTest
class AssessmentReportScaleTest {

    private static final int YEAR = 2020;
    private static final int ORGANIZATIONS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/v1/assessment-reports")
    URL url;

    private static String numbers(int count) {
        return "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < " + count + ") ";
    }

    private void seed(String root) throws SQLException {
        // the random end of the root's id keeps this run's ids apart from any other run's
        String run = root.substring(18, 27);
        String org = "CONCAT('" + run + "O', LPAD(n MOD " + ORGANIZATIONS + ", 16, '0'))";
        String path = "CONCAT('" + root + "', 'U', LPAD((n MOD " + ORGANIZATIONS + ") DIV 46, 3, '0'), '/', " + org + ", '/')";
        String scheme = run + "S" + "0".repeat(16);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET SESSION max_recursive_iterations = 100000");
            s.execute("INSERT INTO assessment_scheme (id, issuer_id, issuer_path, issuer_name, assessment_year, name, excellent_min, good_min,"
                    + " fair_min, total_max, created_by, version, created_at, updated_at) VALUES ('" + scheme + "', '" + root.substring(1, 27)
                    + "', '" + root + "', '省直机关工委', " + YEAR + ", '省直机关党建考核', 90, 80, 60, 100, 'scale', 0, NOW(6), NOW(6))");
            s.execute("INSERT INTO assessment (id, scheme_id, assessment_year, organization_id, organization_path, organization_name, assessor_id,"
                    + " assessor_name, status, total, grade, created_by, version, created_at, updated_at) " + numbers(ORGANIZATIONS)
                    + "SELECT CONCAT('" + run + "A', LPAD(n, 16, '0')), '" + scheme + "', " + YEAR + ", " + org + ", " + path + ", CONCAT('第', n, '党支部'), '"
                    + root.substring(1, 27) + "', '省直机关工委', 'SCORED', (n * 37 MOD 1000) / 10,"
                    + " CASE WHEN (n * 37 MOD 1000) >= 900 THEN 'EXCELLENT' WHEN (n * 37 MOD 1000) >= 800 THEN 'GOOD'"
                    + " WHEN (n * 37 MOD 1000) >= 600 THEN 'FAIR' ELSE 'POOR' END, 'scale', 0, NOW(6), NOW(6) FROM seq");
            s.execute("INSERT INTO duty_task (id, assigner_organization_id, assigner_organization_path, assignee_organization_id,"
                    + " assignee_organization_path, assignee_organization_name, title, deadline, responsible_post, status, created_by, version,"
                    + " created_at, updated_at) " + numbers(4 * ORGANIZATIONS) + "SELECT CONCAT('" + run + "T', LPAD(n, 16, '0')), '" + root.substring(1, 27)
                    + "', '" + root + "', " + org + ", " + path + ", CONCAT('第', n MOD " + ORGANIZATIONS + ", '党支部'), '完成年度党员教育培训计划',"
                    + " DATE_ADD('" + YEAR + "-01-01', INTERVAL n MOD 360 DAY), 'SECRETARY',"
                    + " CASE n MOD 4 WHEN 0 THEN 'ASSIGNED' WHEN 1 THEN 'IN_PROGRESS' WHEN 2 THEN 'DONE' ELSE 'CANCELLED' END, 'scale', 0, NOW(6), NOW(6) FROM seq");
            s.execute("INSERT INTO duty_report (id, organization_id, organization_path, organization_name, reporter_member_id, reporter_name,"
                    + " report_year, title, report_text, status, created_by, version, created_at, updated_at) " + numbers(ORGANIZATIONS)
                    + "SELECT CONCAT('" + run + "D', LPAD(n, 16, '0')), " + org + ", " + path + ", CONCAT('第', n, '党支部'), CONCAT('RM', LPAD(n, 24, '0')),"
                    + " '书记', " + YEAR + ", '抓基层党建工作述职报告', '述职', 'CLOSED', 'scale', 0, NOW(6), NOW(6) FROM seq");
            for (String choice : List.of("EXCELLENT", "GOOD", "FAIR", "POOR")) {
                s.execute("INSERT INTO duty_ballot_tally (report_id, choice, ballots) " + numbers(ORGANIZATIONS)
                        + "SELECT CONCAT('" + run + "D', LPAD(n, 16, '0')), '" + choice + "', n MOD " + (choice.length() - 2) + " FROM seq");
            }
            for (int member = 1; member <= 3; member++) {
                s.execute("INSERT INTO duty_report_panel (report_id, member_id) " + numbers(ORGANIZATIONS)
                        + "SELECT CONCAT('" + run + "D', LPAD(n, 16, '0')), CONCAT('" + run + "P', LPAD(n * 10 + " + member + ", 16, '0')) FROM seq");
            }
            s.execute("INSERT INTO rectification (id, duty_report_id, organization_id, organization_path, organization_name, problem, measures,"
                    + " owner_name, deadline, status, created_by, version, created_at, updated_at) " + numbers(5 * ORGANIZATIONS)
                    + "SELECT CONCAT('" + run + "R', LPAD(n, 16, '0')), CONCAT('" + run + "D', LPAD(n MOD " + ORGANIZATIONS + " + 1, 16, '0')), " + org + ", " + path
                    + ", '党支部', '问题', '措施', '书记', DATE_ADD('" + YEAR + "-03-01', INTERVAL n MOD 500 DAY),"
                    + " CASE n MOD 3 WHEN 0 THEN 'OPEN' WHEN 1 THEN 'RECTIFIED' ELSE 'CLOSED' END, 'scale', 0, NOW(6), NOW(6) FROM seq");
        }
    }

    @Test
    void theProvinceReportAnswersWellWithinASecondFromItsIndexes() throws SQLException, IOException, InterruptedException {
        Fixtures.Tree province = Fixtures.tree(0, 0);
        String root = "/" + province.workingCommitteeId() + "/";
        seed(root);

        // a plain HTTP client: the tests' contract check of every answer is no part of the time
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "?organizationId=" + province.workingCommitteeId() + "&year=" + YEAR))
                .header("Authorization", "Bearer " + Fixtures.token("admin", null, "SYSTEM_ADMIN")).build();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long started = System.nanoTime();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis.add((System.nanoTime() - started) / 1_000_000);
            assertEquals(200, response.statusCode());
        }
        System.out.println("assessment report, province: " + millis + " ms");
        int overdue = Fixtures.asAdmin().queryParam("organizationId", province.workingCommitteeId()).queryParam("year", YEAR)
                .get("/v1/assessment-reports").then().extract().path("overdueTasks.count");
        assertEquals(2 * ORGANIZATIONS, overdue);
        // the first answers warm the JIT; the steady state is what a caller waits for (the best of the
        // rest, as the machine running the tests may be busy with other builds)
        assertTrue(millis.subList(3, millis.size()).stream().mapToLong(Long::longValue).min().orElseThrow() < 1_000, millis.toString());

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String like = "'" + root + "%'";
            assertIndex(s, "SELECT a.id FROM assessment a WHERE a.assessment_year = " + YEAR + " AND a.organization_path LIKE " + like,
                    "ix_assessment_year_path");
            assertIndex(s, "SELECT d.id FROM duty_report d WHERE d.report_year = " + YEAR + " AND d.organization_path LIKE " + like,
                    "ix_duty_report_year_path");
            assertIndex(s, "SELECT t.id FROM duty_task t WHERE t.assignee_organization_path LIKE " + like
                    + " AND t.status IN ('ASSIGNED', 'IN_PROGRESS') AND t.deadline >= '2020-01-01' AND t.deadline < '2021-01-01'",
                    "ix_task_path_status");
            assertIndex(s, "SELECT r.duty_report_id, r.status, COUNT(*) FROM duty_report d JOIN rectification r ON r.duty_report_id = d.id"
                    + " WHERE d.report_year = " + YEAR + " AND d.organization_path LIKE " + like + " GROUP BY r.duty_report_id, r.status",
                    "ix_rectification_report_status");
        }
    }

    /** Every table of the query is read through an index (the one named, or another the optimizer prefers for the data), never scanned whole. */
    private static void assertIndex(Statement s, String query, String index) throws SQLException {
        List<String> plans = new ArrayList<>();
        try (ResultSet plan = s.executeQuery("EXPLAIN " + query)) {
            while (plan.next()) {
                String key = plan.getString("key");
                plans.add(plan.getString("type") + " " + key);
                assertTrue(key != null && !"ALL".equals(plan.getString("type")), query + " reads " + plans);
            }
        }
        System.out.println(query + ": " + plans + " (" + index + " made for it)");
    }
}
