package cn.partybuilding.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.common.openapi.ExampleIds;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.devtools.generate.Database;
import cn.partybuilding.devtools.generate.Generator;
import cn.partybuilding.devtools.generate.Part;
import cn.partybuilding.devtools.generate.Scale;
import cn.partybuilding.embeddeddb.EmbeddedMariaDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The generators against the schemas as the services' migrations make them, on an embedded
 * MariaDB: the demo data set through the command line, and a small generated tree (two units)
 * through the generator, so the test stays a few seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateTest {

    /** Two units (93 organizations, 88 branches) with every part, small enough for a unit test. */
    private static final Scale SMALL = new Scale("test", 2, 500, 20, 3_000, 60);

    private static Path dataDir;
    private static EmbeddedMariaDb server;
    private static Database database;

    @BeforeAll
    static void migratedSchemas() throws Exception {
        dataDir = Files.createTempDirectory("dev-tools-test-db");
        server = EmbeddedMariaDb.start(0, dataDir.resolve("data"));
        Path repositoryRoot = Path.of(System.getProperty("dev-tools.repo-root", ".."));
        for (Part part : Part.values()) {
            Migrations.apply(server.serverUrl(), repositoryRoot, part);
        }
        database = new Database(server.serverUrl(), "root", "");
        System.setProperty("DB_URL", server.serverUrl());
    }

    @AfterAll
    static void stopServer() throws IOException {
        System.clearProperty("DB_URL");
        if (server != null) {
            server.close();
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Test
    @Order(1)
    void demoLoadsTheDemoOrganizationsActivitiesAndVolunteering() throws Exception {
        String output = devTools("generate", "demo");

        assertTrue(output.contains("branch: demo data: 39 organizations, 228 members in "), output);
        assertEquals(39, count(Part.BRANCH, "SELECT COUNT(*) FROM organization"));
        assertEquals(228, count(Part.BRANCH, "SELECT COUNT(*) FROM member"));
        assertEquals(1, count(Part.BRANCH, "SELECT COUNT(*) FROM organization WHERE code = 'QD-SZJGGW' AND name = '青岛市委市直机关工委' AND parent_id IS NULL"));
        assertEquals(1, count(Part.BRANCH, "SELECT COUNT(*) FROM organization WHERE code = 'QD-JYJ-01-XZ1' AND type = 'PARTY_GROUP'"));
        assertEquals(28, count(Part.BRANCH, "SELECT COUNT(*) FROM organization WHERE type = 'BRANCH'"));
        assertEquals(24, count(Part.BRANCH, "SELECT COUNT(*) FROM star_rating"));
        assertEquals(5, count(Part.BRANCH, "SELECT COUNT(*) FROM designation"));
        assertBranchSchemaConsistent();

        assertEquals(28, count(Part.ACTIVITY, "SELECT COUNT(*) FROM activity WHERE status = 'PLANNED'"), "one upcoming 主题党日 per branch");
        assertEquals(0, count(Part.ACTIVITY, """
                SELECT COUNT(*) FROM activity a
                 WHERE a.expected_count <> (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id)
                    OR a.attended_count <> (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.status IN ('PRESENT', 'LATE'))"""));
        assertEquals(0, count(Part.ACTIVITY, "SELECT COUNT(*) FROM activity WHERE organization_id NOT IN (SELECT id FROM party_branch.organization WHERE type = 'BRANCH')"));
        assertEquals(0, count(Part.ACTIVITY, "SELECT COUNT(*) FROM attendance WHERE member_id NOT IN (SELECT id FROM party_branch.member)"));

        assertEquals(8, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM community"));
        assertEquals(56, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM wish"));
        assertEquals(24, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM service_post"));
        assertEquals(10, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM community_report WHERE kind = 'ORGANIZATION'"), "every third of 28 branches");
        assertEquals(0, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record WHERE member_id NOT IN (SELECT id FROM party_branch.member)"));
        assertWishResidentsDecrypt();
        assertVolunteerRecordsConsistent("/");

        assertTrue(output.contains("assessment: demo data: 2 schemes, 10 assessments, 3 duty reports with "), output);
        assertEquals(2, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment_scheme WHERE issuer_id = '" + ExampleIds.WORKING_COMMITTEE
                + "' AND name LIKE '%模范机关%' AND total_max = 100 AND excellent_min = 90 AND good_min = 80 AND fair_min = 60"));
        assertEquals(10, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM scheme_category"), "five categories per scheme");
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM scheme_category c WHERE (SELECT COUNT(*) FROM scheme_indicator i"
                + " WHERE i.category_id = c.id) <> 5"), "five indicators per category");
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment_scheme s WHERE (SELECT SUM(max_score) FROM scheme_indicator i"
                + " WHERE i.scheme_id = s.id) <> s.total_max"), "the kept total is the sum of the maximum scores");
        assertEquals(10, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM scheme_indicator WHERE source <> 'MANUAL'"), "five automatic per scheme");
        assertAssessmentsConsistent("/");
        assertEquals(5, count(Part.ASSESSMENT, "SELECT COUNT(DISTINCT status) FROM assessment"), "every stage");
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment WHERE organization_id NOT IN"
                + " (SELECT id FROM party_branch.organization WHERE type = 'PARTY_COMMITTEE')"));
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM duty_report_panel WHERE member_id NOT IN (SELECT id FROM party_branch.member)"));
        assertEquals(1, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM rectification r JOIN rectification_review v ON v.rectification_id = r.id"
                + " WHERE r.status = 'CLOSED' AND v.result = 'CLOSED'"), "one closed after 回头看");
        assertTrue(count(Part.ASSESSMENT, "SELECT COUNT(*) FROM rectification WHERE status <> 'CLOSED' AND deadline < CURRENT_DATE") >= 1, "an overdue item");
        assertEquals(1, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM duty_task WHERE status IN ('ASSIGNED', 'IN_PROGRESS') AND deadline < CURRENT_DATE"),
                "one overdue task");
    }

    /**
     * "Try it out" in Swagger UI runs the contract's examples against the demo data: every id an
     * example names is one the demo data set holds (ExampleIds), and there the object it stands for.
     */
    @Test
    @Order(2)
    void theContractsExampleIdsNameDemoObjects() throws Exception {
        Path contracts = Path.of(System.getProperty("dev-tools.repo-root", "..")).resolve("contract");
        Set<String> known = new HashSet<>(ExampleIds.IN_DEMO_DATA);
        known.addAll(List.of(ExampleIds.AUDIT_EVENT, ExampleIds.REQUEST));
        try (Stream<Path> files = Files.list(contracts)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Matcher id = Pattern.compile("\\b[0-9][0-9A-Z]{25}\\b").matcher(Files.readString(file));
                while (id.find()) {
                    assertTrue(known.contains(id.group()), file.getFileName() + " names " + id.group() + ", which is not in ExampleIds");
                }
            }
        }
        Map<String, DemoObject> expected = Map.ofEntries(
                Map.entry(ExampleIds.WORKING_COMMITTEE, new DemoObject(Part.BRANCH, "organization WHERE type = 'WORKING_COMMITTEE'")),
                Map.entry(ExampleIds.PARTY_COMMITTEE, new DemoObject(Part.BRANCH, "organization WHERE type = 'PARTY_COMMITTEE'")),
                Map.entry(ExampleIds.BRANCH, new DemoObject(Part.BRANCH, "organization WHERE type = 'BRANCH'")),
                Map.entry(ExampleIds.OTHER_BRANCH, new DemoObject(Part.BRANCH, "organization WHERE type = 'BRANCH'")),
                Map.entry(ExampleIds.MEMBER, new DemoObject(Part.BRANCH, "member WHERE organization_id = '" + ExampleIds.BRANCH + "'")),
                Map.entry(ExampleIds.STAR_RATING, new DemoObject(Part.BRANCH, "star_rating WHERE organization_id = '" + ExampleIds.BRANCH + "'")),
                Map.entry(ExampleIds.DESIGNATION, new DemoObject(Part.BRANCH, "designation WHERE organization_id = '" + ExampleIds.BRANCH + "'")),
                Map.entry(ExampleIds.ACTIVITY, new DemoObject(Part.ACTIVITY, "activity WHERE status = 'PLANNED'")),
                Map.entry(ExampleIds.COMMUNITY, new DemoObject(Part.VOLUNTEER, "community WHERE TRUE")),
                Map.entry(ExampleIds.COMMUNITY_REPORT, new DemoObject(Part.VOLUNTEER, "community_report WHERE kind = 'ORGANIZATION'")),
                Map.entry(ExampleIds.SERVICE_POST, new DemoObject(Part.VOLUNTEER, "service_post WHERE status = 'OPEN'")),
                Map.entry(ExampleIds.VOLUNTEER_RECORD, new DemoObject(Part.VOLUNTEER, "volunteer_record WHERE TRUE")),
                Map.entry(ExampleIds.WISH, new DemoObject(Part.VOLUNTEER, "wish WHERE status = 'OPEN'")),
                Map.entry(ExampleIds.ASSESSMENT_SCHEME, new DemoObject(Part.ASSESSMENT, "assessment_scheme WHERE issuer_id = '"
                        + ExampleIds.WORKING_COMMITTEE + "'")),
                Map.entry(ExampleIds.SCHEME_INDICATOR, new DemoObject(Part.ASSESSMENT, "scheme_indicator WHERE source = 'MANUAL' AND max_score >= 3.5"
                        + " AND scheme_id = '" + ExampleIds.ASSESSMENT_SCHEME + "'")),
                Map.entry(ExampleIds.ASSESSMENT, new DemoObject(Part.ASSESSMENT, "assessment WHERE status = 'SELF_ASSESSMENT' AND scheme_id = '"
                        + ExampleIds.ASSESSMENT_SCHEME + "'")),
                Map.entry(ExampleIds.DUTY_REPORT, new DemoObject(Part.ASSESSMENT, "duty_report WHERE status = 'VOTING' AND reporter_member_id = '"
                        + ExampleIds.MEMBER + "'")),
                Map.entry(ExampleIds.RECTIFICATION, new DemoObject(Part.ASSESSMENT, "rectification WHERE status = 'OPEN' AND organization_id = '"
                        + ExampleIds.BRANCH + "'")),
                Map.entry(ExampleIds.TASK, new DemoObject(Part.ASSESSMENT, "duty_task WHERE status = 'ASSIGNED' AND assigner_organization_id = '"
                        + ExampleIds.PARTY_COMMITTEE + "' AND assignee_organization_id = '" + ExampleIds.BRANCH + "'")));
        assertEquals(Set.copyOf(ExampleIds.IN_DEMO_DATA), expected.keySet());
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment WHERE scheme_id = '" + ExampleIds.ASSESSMENT_SCHEME
                + "' AND organization_id = '" + ExampleIds.PARTY_COMMITTEE + "'"), "the example of starting an assessment starts a new one");
        for (Map.Entry<String, DemoObject> example : expected.entrySet()) {
            String sql = "SELECT COUNT(*) FROM " + example.getValue().where() + " AND id = '" + example.getKey() + "'";
            assertEquals(1, count(example.getValue().part(), sql), sql);
        }
    }

    /** Where a demo object is, and what it is: a table and a condition. */
    private record DemoObject(Part part, String where) {
    }

    @Test
    @Order(3)
    void demoLoadsOnlyIntoEmptySchemas() throws Exception {
        Map<Part, Long> before = Map.of(Part.BRANCH, count(Part.BRANCH, "SELECT COUNT(*) FROM member"),
                Part.ACTIVITY, count(Part.ACTIVITY, "SELECT COUNT(*) FROM activity"),
                Part.VOLUNTEER, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record"),
                Part.ASSESSMENT, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment"));

        String output = devTools("generate", "demo");

        for (Part part : Part.values()) {
            assertTrue(output.contains(part.label() + ": demo data not loaded: " + part.schema() + " already holds data"), output);
        }
        assertEquals(before, Map.of(Part.BRANCH, count(Part.BRANCH, "SELECT COUNT(*) FROM member"),
                Part.ACTIVITY, count(Part.ACTIVITY, "SELECT COUNT(*) FROM activity"),
                Part.VOLUNTEER, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record"),
                Part.ASSESSMENT, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment")));
    }

    @Test
    @Order(4)
    void aGeneratedTreeGetsItsMembersActivitiesAndVolunteering() throws Exception {
        long organizationsBefore = count(Part.BRANCH, "SELECT COUNT(*) FROM organization");
        long membersBefore = count(Part.BRANCH, "SELECT COUNT(*) FROM member");
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        new Generator(database, new LocalSettings().cipher(), new PrintStream(output, true, StandardCharsets.UTF_8))
                .generate(SMALL, EnumSet.allOf(Part.class));

        String printed = output.toString(StandardCharsets.UTF_8);
        for (String part : List.of("branch: a new test: 93 organizations, 500 members in ", "volunteer: 20 communities in ",
                "volunteer: 3,000 volunteer records of 500 members for 88 branches in ", "volunteer: 60 wishes in ",
                "volunteer: monthly and yearly totals in ", "activity: ")) {
            assertTrue(printed.contains(part), printed);
        }
        assertEquals(organizationsBefore + 93, count(Part.BRANCH, "SELECT COUNT(*) FROM organization"));
        assertEquals(membersBefore + 500, count(Part.BRANCH, "SELECT COUNT(*) FROM member"));
        assertBranchSchemaConsistent();
        String root = string(Part.BRANCH, "SELECT path FROM organization WHERE code LIKE 'GEN-%' AND parent_id IS NULL");

        long activities = count(Part.ACTIVITY, "SELECT COUNT(*) FROM activity WHERE organization_path LIKE '" + root + "%'");
        assertTrue(activities > 88 * 30 && activities <= 88 * 44, "about 40 activities per branch: " + activities);
        assertEquals(count(Part.ACTIVITY, "SELECT SUM(LEAST(10, (SELECT COUNT(*) FROM party_branch.member m WHERE m.organization_id = a.organization_id)))"
                        + " FROM activity a WHERE a.organization_path LIKE '" + root + "%'"),
                count(Part.ACTIVITY, "SELECT COUNT(*) FROM attendance WHERE activity_id IN (SELECT id FROM activity WHERE organization_path LIKE '" + root + "%')"),
                "ten attendees an activity, or the whole branch when it is smaller");
        assertEquals(0, count(Part.ACTIVITY, "SELECT COUNT(*) FROM attendance t JOIN activity a ON a.id = t.activity_id"
                + " WHERE a.organization_path LIKE '" + root + "%' AND NOT EXISTS (SELECT 1 FROM party_branch.member m"
                + " WHERE m.id = t.member_id AND m.organization_id = a.organization_id AND m.name = t.member_name)"),
                "the attendees are members of the activity's branch");
        assertEquals(88, count(Part.ACTIVITY, "SELECT COUNT(DISTINCT organization_id) FROM activity WHERE organization_path LIKE '" + root + "%'"));

        assertEquals(3_000, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record WHERE organization_path LIKE '" + root + "%'"));
        assertEquals(8 + 20, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM community"));
        assertEquals(56 + 60, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM wish"));
        assertEquals(0, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record r WHERE r.organization_path LIKE '" + root + "%'"
                + " AND NOT EXISTS (SELECT 1 FROM party_branch.organization o WHERE o.id = r.organization_id AND o.path = r.organization_path"
                + " AND o.name = r.organization_name AND o.type = 'BRANCH')"), "records name their branch as party_branch has it");
        assertEquals(0, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record WHERE member_id NOT IN (SELECT member_id FROM volunteer)"));
        assertEquals(0, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record r WHERE r.organization_path LIKE '" + root + "%'"
                + " AND NOT EXISTS (SELECT 1 FROM party_branch.member m WHERE m.id = r.member_id AND m.organization_id = r.organization_id"
                + " AND m.name = r.member_name)"), "the volunteers are members of their branch");
        assertVolunteerRecordsConsistent(root);

        assertTrue(printed.contains("assessment: 92 assessments with 2,300 scores, 88 duty reports with "), printed);
        assertEquals(92, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment WHERE organization_path LIKE '" + root + "%'"),
                "every organization below the root");
        assertEquals(1, count(Part.ASSESSMENT, "SELECT COUNT(DISTINCT scheme_id) FROM assessment WHERE organization_path LIKE '" + root + "%'"));
        assertAssessmentsConsistent(root);
        long reports = count(Part.ASSESSMENT, "SELECT COUNT(*) FROM duty_report WHERE organization_path LIKE '" + root + "%'");
        assertEquals(88, reports, "one per branch");
        long items = count(Part.ASSESSMENT, "SELECT COUNT(*) FROM rectification WHERE organization_path LIKE '" + root + "%'");
        assertTrue(items > reports * 3 && items < reports * 7, "about five per report: " + items);
        long tasks = count(Part.ASSESSMENT, "SELECT COUNT(*) FROM duty_task WHERE assignee_organization_path LIKE '" + root + "%'");
        assertTrue(tasks >= 92 * 3 && tasks <= 92 * 5, "about four per organization: " + tasks);
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM duty_task t WHERE t.assignee_organization_path LIKE '" + root + "%' AND NOT EXISTS"
                + " (SELECT 1 FROM party_branch.organization o WHERE o.id = t.assignee_organization_id AND o.parent_id = t.assigner_organization_id)"),
                "assigned by the organization above");
        assertTrue(count(Part.ASSESSMENT, "SELECT COUNT(*) FROM duty_task WHERE assignee_organization_path LIKE '" + root + "%'"
                + " AND status IN ('ASSIGNED', 'IN_PROGRESS') AND deadline < CURRENT_DATE") > 0, "some overdue");
    }

    /**
     * The assessments under {@code subtreePath}: a score row per indicator of their scheme, totals as
     * assessment-service keeps them (self: self and automatic scores; review and total: review and
     * automatic scores), the grade by the thresholds, and ballot tallies that add up to the voters.
     */
    private static void assertAssessmentsConsistent(String subtreePath) throws Exception {
        String subtree = " a.organization_path LIKE '" + subtreePath + "%'";
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment a WHERE" + subtree
                + " AND (SELECT COUNT(*) FROM assessment_score s WHERE s.assessment_id = a.id) <>"
                + " (SELECT COUNT(*) FROM scheme_indicator i WHERE i.scheme_id = a.scheme_id)"));
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id"
                + " JOIN scheme_indicator i ON i.id = s.indicator_id WHERE" + subtree + " AND (i.scheme_id <> a.scheme_id"
                + " OR s.self_score > i.max_score OR s.review_score > i.max_score OR s.auto_score > i.max_score"
                + " OR (a.status <> 'SELF_ASSESSMENT' AND (i.source = 'MANUAL') = (s.auto_score IS NOT NULL AND s.auto_source_text IS NOT NULL)))"));
        assertEquals(0, count(Part.ASSESSMENT, """
                SELECT COUNT(*) FROM assessment a
                  JOIN (SELECT s.assessment_id,
                               SUM(CASE WHEN i.source = 'MANUAL' THEN s.self_score ELSE s.auto_score END) AS self_sum,
                               SUM(CASE WHEN i.source = 'MANUAL' THEN s.review_score ELSE s.auto_score END) AS review_sum,
                               SUM(CASE WHEN i.source = 'MANUAL' THEN s.review_score IS NULL ELSE s.auto_score IS NULL END) AS missing
                          FROM assessment_score s JOIN scheme_indicator i ON i.id = s.indicator_id GROUP BY s.assessment_id) t
                    ON t.assessment_id = a.id
                  JOIN assessment_scheme m ON m.id = a.scheme_id
                 WHERE""" + subtree + """
                    AND (NOT (a.self_total <=> t.self_sum) OR NOT (a.review_total <=> t.review_sum)
                     OR (a.status IN ('SCORED', 'PUBLICIZED', 'FINAL') AND (t.missing > 0 OR a.total <> t.review_sum
                         OR a.grade <> CASE WHEN a.total >= m.excellent_min THEN 'EXCELLENT' WHEN a.total >= m.good_min THEN 'GOOD'
                                            WHEN a.total >= m.fair_min THEN 'FAIR' ELSE 'POOR' END))
                     OR (a.status IN ('SELF_ASSESSMENT', 'REVIEW') AND (a.total IS NOT NULL OR a.grade IS NOT NULL))
                     OR (a.status = 'FINAL') <> (a.finalized_at IS NOT NULL)
                     OR (a.status IN ('PUBLICIZED', 'FINAL')) <> (a.notice_start IS NOT NULL))"""));
        assertEquals(0, count(Part.ASSESSMENT, "SELECT COUNT(*) FROM duty_report a WHERE" + subtree
                + " AND ((SELECT SUM(ballots) FROM duty_ballot_tally t WHERE t.report_id = a.id)"
                + " <> (SELECT COUNT(*) FROM duty_ballot_voter v WHERE v.report_id = a.id)"
                + " OR (SELECT COUNT(*) FROM duty_ballot_tally t WHERE t.report_id = a.id) <> 4"
                + " OR EXISTS (SELECT 1 FROM duty_ballot_voter v WHERE v.report_id = a.id AND NOT EXISTS"
                + " (SELECT 1 FROM duty_report_panel p WHERE p.report_id = a.id AND p.member_id = v.member_id)))"));
    }

    /** Every member's organization exists, holds members, and its kept counts match its members. */
    private static void assertBranchSchemaConsistent() throws Exception {
        assertEquals(0, count(Part.BRANCH, "SELECT COUNT(*) FROM member m LEFT JOIN organization o ON o.id = m.organization_id"
                + " WHERE o.id IS NULL OR o.type NOT IN ('BRANCH', 'PARTY_GROUP')"));
        assertEquals(0, count(Part.BRANCH, """
                SELECT COUNT(*) FROM organization o
                  LEFT JOIN organization_member_count c ON c.organization_id = o.id
                  LEFT JOIN (SELECT organization_id, COUNT(*) AS total, SUM(status = 'FULL') AS full_count,
                                    SUM(EXISTS (SELECT 1 FROM member_post p WHERE p.member_id = m.id)) AS committee,
                                    SUM(EXISTS (SELECT 1 FROM member_post p WHERE p.member_id = m.id AND p.post IN
                                        ('ORGANIZATION_COMMITTEE_MEMBER', 'PUBLICITY_COMMITTEE_MEMBER', 'DISCIPLINE_COMMITTEE_MEMBER')))
                                        AS ordinary_committee
                               FROM member m GROUP BY organization_id) m ON m.organization_id = o.id
                 WHERE COALESCE(c.total_members, 0) <> COALESCE(m.total, 0)
                    OR COALESCE(c.full_members, 0) <> COALESCE(m.full_count, 0)
                    OR COALESCE(c.committee_members, 0) <> COALESCE(m.committee, 0)
                    OR COALESCE(c.ordinary_committee_members, 0) <> COALESCE(m.ordinary_committee, 0)"""));
        PersonalDataCipher cipher = new LocalSettings().cipher();
        try (Connection c = database.open(Part.BRANCH);
             ResultSet rows = c.createStatement().executeQuery("SELECT phone_cipher, id_card_cipher, id_card_hash, birth_date FROM member")) {
            while (rows.next()) {
                assertTrue(cipher.decrypt(rows.getString(1)).matches("1[3-9][0-9]{9}"));
                String idNumber = cipher.decrypt(rows.getString(2));
                assertEquals(cipher.blindIndex(idNumber), rows.getString(3));
                assertEquals(rows.getDate(4).toLocalDate().toString().replace("-", ""), idNumber.substring(6, 14));
            }
        }
    }

    private static void assertWishResidentsDecrypt() throws Exception {
        PersonalDataCipher cipher = new LocalSettings().cipher();
        try (Connection c = database.open(Part.VOLUNTEER);
             ResultSet rows = c.createStatement().executeQuery("SELECT resident_name, resident_phone FROM wish")) {
            while (rows.next()) {
                assertTrue(cipher.decrypt(rows.getString(1)).length() >= 2);
                assertTrue(cipher.decrypt(rows.getString(2)).matches("13[0-9]{9}"));
            }
        }
    }

    /**
     * The records under {@code subtreePath}: one member's never overlap, none claims more hours than
     * its span, and the kept monthly and yearly totals add up to the confirmed ones.
     */
    private static void assertVolunteerRecordsConsistent(String subtreePath) throws Exception {
        String subtree = " organization_path LIKE '" + subtreePath + "%'";
        assertEquals(0, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record a JOIN volunteer_record b"
                + " ON b.member_id = a.member_id AND b.id > a.id AND b.start_at < a.end_at AND a.start_at < b.end_at"
                + " WHERE a." + subtree.trim()), "overlapping records of one member");
        assertEquals(0, count(Part.VOLUNTEER, "SELECT COUNT(*) FROM volunteer_record WHERE" + subtree
                + " AND (hours <= 0 OR hours * 60 > TIMESTAMPDIFF(MINUTE, start_at, end_at))"), "hours beyond the span");
        BigDecimal confirmed = decimal("SELECT COALESCE(SUM(hours), 0) FROM volunteer_record WHERE status = 'CONFIRMED' AND" + subtree);
        assertTrue(confirmed.signum() > 0);
        assertEquals(confirmed, decimal("SELECT COALESCE(SUM(hours), 0) FROM volunteer_month WHERE" + subtree));
        assertEquals(confirmed, decimal("SELECT COALESCE(SUM(hours), 0) FROM volunteer_member_year WHERE" + subtree));
    }

    private static String devTools(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = DevTools.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(Part part, String sql) throws SQLException {
        try (Connection c = database.open(part); PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String string(Part part, String sql) throws SQLException {
        try (Connection c = database.open(part); PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static BigDecimal decimal(String sql) throws SQLException {
        try (Connection c = database.open(Part.VOLUNTEER); PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getBigDecimal(1).stripTrailingZeros();
        }
    }
}
