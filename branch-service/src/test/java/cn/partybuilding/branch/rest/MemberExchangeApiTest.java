package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.branch.Api;
import cn.partybuilding.branch.domain.ResidentIdNumber;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Members exported as CSV and Excel, and imported from Excel: all or nothing, by the rules of registration. */
@QuarkusTest
class MemberExchangeApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADERS = List.of("姓名", "性别", "身份证号码", "民族", "出生日期", "学历", "人员类别",
            "入党日期", "预备期满日期", "所在党组织", "党组织编号", "党内职务", "手机号码", "党员编号");
    private static final List<String> TEMPLATE_HEADERS = List.of("姓名", "性别", "身份证号码", "民族", "出生日期", "学历",
            "人员类别", "入党日期", "党组织编号", "党内职务", "手机号码");
    /** Sequence numbers of invented ID numbers: a region code of its own, so no other test takes them. */
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 400));
    private static final AtomicInteger BIRTH_DAY = new AtomicInteger((int) (System.currentTimeMillis() / 1000 % 20000));

    private String committee;
    private String branch;
    private String orgAdmin;

    @BeforeEach
    void tree() {
        committee = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        branch = organization(committee, "BRANCH", "市统计局机关第一党支部");
        orgAdmin = token("admin-" + committee, committee, "ORG_ADMIN");
    }

    /** A valid, invented ID number unique to this run, for a member born on {@code birth}. */
    private static String idNumber(LocalDate birth, boolean female) {
        int sequence = (SERIAL.incrementAndGet() % 499) * 2 + (female ? 0 : 1);
        String first17 = "450103" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    /**
     * A birth date no other row of this run has, so ID numbers never repeat across tests; before 1983,
     * so that every member of these tests is of age on the join dates they use (2001 and later).
     */
    private static LocalDate uniqueBirth() {
        return LocalDate.of(1950, 1, 1).plusDays(BIRTH_DAY.incrementAndGet() % 12000);
    }

    private String registered(String organizationId, String name, String phone, String idCard) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", organizationId, "name", name, "gender", "FEMALE",
                "status", "FULL", "joinedOn", "2015-07-01", "ethnicity", "汉族", "education", "BACHELOR",
                "posts", List.of("SECRETARY")));
        if (phone != null) {
            body.put("phone", phone);
        }
        if (idCard != null) {
            body.put("idCardNumber", idCard);
        }
        return asAdmin().body(body).post("/v1/members").then().statusCode(201).extract().path("id");
    }

    @Test
    void exportsCsvWithChineseHeadersInTheOrderOfTheForm() {
        String idCard = idNumber(uniqueBirth(), true);
        String id = registered(branch, "王丽=SUM(A1)", "13812345678", idCard);

        Response csv = asAdmin().accept("text/csv").get("/v1/members/export?organizationId=" + committee);
        csv.then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"members-" + committee));
        byte[] bytes = csv.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 BOM");
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals(String.join(",", HEADERS), lines.get(0));
        assertEquals(2, lines.size());
        assertEquals(List.of("王丽=SUM(A1)", "女", idCard, "汉族", ResidentIdNumber.parse(idCard).orElseThrow().birthDate().toString(),
                "大学本科", "正式党员", "2015-07-01", "", "市统计局机关第一党支部", branch, "书记", "13812345678", id), csvCells(lines.get(1)));
    }

    @Test
    void exportsExcelAndNeutralisesFormulas() throws IOException {
        String id = registered(branch, "=HYPERLINK(\"http://x\")", null, null);

        Response xlsx = asAdmin().accept(XLSX).get("/v1/members/export?organizationId=" + branch);
        xlsx.then().statusCode(200).contentType(XLSX).header("Content-Disposition", containsString(".xlsx\""));
        List<List<String>> rows = sheet(xlsx.asByteArray(), 0);
        assertEquals(HEADERS, rows.get(0));
        assertEquals(2, rows.size());
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get(0), "text, never a formula");
        assertEquals(id, rows.get(1).get(13));
        assertEquals("", rows.get(1).get(12), "no phone");
    }

    @Test
    void masksPhoneAndIdNumberAsTheMemberListDoesAndRecordsUnmaskedReads() {
        String idCard = idNumber(uniqueBirth(), true);
        String id = registered(branch, "陈静", "13912345678", idCard);
        String masked = idCard.substring(0, 6) + "********" + idCard.substring(14);

        List<String> secretaryRow = csvCells(csvLines(as(token("sec-" + branch, branch, "SECRETARY")), "").get(1));
        assertEquals(masked, secretaryRow.get(2));
        assertEquals("139****5678", secretaryRow.get(12));
        List<String> adminRow = csvCells(csvLines(as(orgAdmin), "").get(1));
        assertEquals(idCard, adminRow.get(2));
        assertEquals("13912345678", adminRow.get(12));

        List<String> reads = asAdmin().get("/v1/audit-events?action=READ_PERSONAL_DATA&resourceId=" + id).then().statusCode(200)
                .extract().jsonPath().getList("items.operation");
        assertEquals(List.of("exportMembers", "createMember"), reads,
                "the organization administrator's unmasked export is recorded, the secretary's masked one is not");
    }

    @Test
    void exportsOnlyTheCallersSubtree() {
        String ownId = registered(branch, "本支部党员", null, null);
        String otherCommittee = organization(null, "PARTY_COMMITTEE", "市审计局机关党委");
        String otherBranch = organization(otherCommittee, "BRANCH", "市审计局机关第一党支部");
        registered(otherBranch, "他支部党员", null, null);

        List<String> lines = csvLines(as(orgAdmin), "");
        assertEquals(2, lines.size(), "the organization administrator's scope holds one member");
        assertEquals(ownId, csvCells(lines.get(1)).get(13));
        problem(as(orgAdmin).accept("text/csv").get("/v1/members/export?organizationId=" + otherBranch).then(),
                422, "ORGANIZATION_NOT_FOUND").body("errors[0].field", equalTo("organizationId"));
        problem(asAdmin().accept("application/json").get("/v1/members/export").then(), 406, "NOT_ACCEPTABLE");
    }

    /**
     * Three batches of members go out as a chunked stream: the file is written while the members
     * are read, so no length is known up front (a file built in memory would carry one).
     */
    @Test
    void aLargeExportIsStreamedInBatches() {
        List<Map<String, String>> rows = IntStream.range(0, 3_000)
                .mapToObj(i -> row("党员" + i, "男", null, "正式党员", "2010-07-01", null)).toList();
        as(orgAdmin).contentType(XLSX).body(xlsx(TEMPLATE_HEADERS, rows)).post("/v1/members/import?organizationId=" + branch)
                .then().statusCode(201).body("count", equalTo(3_000));

        Response csv = as(orgAdmin).accept("text/csv").get("/v1/members/export?organizationId=" + branch);
        csv.then().statusCode(200).header("Transfer-Encoding", "chunked").header("Content-Length", nullValue());
        List<String> lines = new String(csv.asByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(3_001, lines.size());
        assertEquals(3_000, lines.stream().skip(1).map(l -> csvCells(l).get(13)).distinct().count(), "every member once");

        Response excel = as(orgAdmin).accept(XLSX).get("/v1/members/export?organizationId=" + branch);
        excel.then().statusCode(200).header("Content-Length", nullValue());
        assertEquals(3_001, sheet(excel.asByteArray(), 0).size());
    }

    @Test
    void theTemplateHasTheImportColumnsAnExampleAndTheAllowedValues() {
        byte[] template = as(orgAdmin).get("/v1/members/import-template").then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("member-import-template.xlsx")).extract().asByteArray();
        assertEquals(List.of(TEMPLATE_HEADERS), sheet(template, 0));
        List<List<String>> example = sheet(template, 1);
        assertEquals(TEMPLATE_HEADERS, example.get(0));
        assertEquals("李晓梅", example.get(1).get(0));
        List<List<String>> allowed = sheet(template, 2);
        assertEquals(List.of("性别", "学历", "人员类别", "党内职务"), allowed.get(0));
        assertEquals(List.of("男", "研究生（博士）", "正式党员", "书记"), allowed.get(1));
        problem(as(token("sec", branch, "SECRETARY")).get("/v1/members/import-template").then(), 403, "FORBIDDEN");
    }

    @Test
    void importsEveryRowOfTheTemplate() {
        LocalDate birth = uniqueBirth();
        String idCard = idNumber(birth, true);
        List<Map<String, String>> rows = List.of(
                row("李晓梅", "女", idCard, "预备党员", "2025-06-28", branch),
                row("张伟", "男", null, "正式党员", "2001/7/1", branch));
        rows.get(0).putAll(Map.of("民族", "汉族", "学历", "研究生(硕士)", "党内职务", "组织委员、宣传委员", "手机号码", "+86 138 1234 5678"));

        List<String> ids = as(orgAdmin).contentType(XLSX).body(xlsx(TEMPLATE_HEADERS, rows)).post("/v1/members/import")
                .then().statusCode(201).body("count", equalTo(2)).extract().jsonPath().getList("memberIds");

        asAdmin().get("/v1/members/" + ids.get(0)).then().statusCode(200)
                .body("name", equalTo("李晓梅"))
                .body("gender", equalTo("FEMALE"))
                .body("birthDate", equalTo(birth.toString()))
                .body("education", equalTo("MASTER"))
                .body("status", equalTo("PROBATIONARY"))
                .body("probationEnd", equalTo("2026-06-28"))
                .body("posts", hasSize(2))
                .body("phone", equalTo("13812345678"))
                .body("idCardNumber", equalTo(idCard));
        asAdmin().get("/v1/members/" + ids.get(1)).then().body("joinedOn", equalTo("2001-07-01")).body("status", equalTo("FULL"));
        asAdmin().get("/v1/organizations/" + branch + "/structure-check").then().statusCode(200)
                .body("findings[0].fullMembers", equalTo(1))
                .body("findings[0].totalMembers", equalTo(2))
                .body("findings[0].committeeMembers", equalTo(1));
        assertEquals(List.of("CREATE"), asAdmin().get("/v1/audit-events?resourceType=Member&resourceId=" + ids.get(1))
                .then().extract().jsonPath().getList("items.action"));
    }

    @Test
    void rowErrorsComeBackTogetherAndNothingIsWritten() {
        String valid = idNumber(uniqueBirth(), false);
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row("好行", "男", null, "正式党员", "2010-07-01", branch));
        rows.add(row("性别错", "未知", null, "正式党员", "2010-07-01", branch));
        rows.add(row("", "男", null, "正式党员", "2010-13-01", branch));
        rows.add(row("身份证错", "男", valid.substring(0, 17) + wrongCheck, "正式党员", "2010-07-01", branch));
        rows.add(row("组织错", "男", null, "积极分子", "2010-07-01", committee));
        rows.get(4).put("手机号码", "12345");

        problem(as(orgAdmin).contentType(XLSX).body(xlsx(TEMPLATE_HEADERS, rows)).post("/v1/members/import").then(),
                422, "IMPORT_ROWS_INVALID")
                .body("detail", containsString("7 处错误"))
                .body("errors.field", equalTo(List.of("第3行 性别", "第4行 姓名", "第4行 入党日期", "第5行 身份证号码",
                        "第6行 人员类别", "第6行 党组织编号", "第6行 手机号码")))
                .body("errors[0].message", equalTo("须为以下之一：男、女"));
        given().header("Authorization", "Bearer " + orgAdmin).header("Accept-Language", "en").contentType(XLSX)
                .body(xlsx(TEMPLATE_HEADERS, rows)).post("/v1/members/import").then().statusCode(422)
                .body("errors[0].field", equalTo("第3行 性别"))
                .body("errors[0].message", equalTo("Must be one of: 男、女"));
        as(orgAdmin).get("/v1/members?organizationId=" + branch).then().body("items", hasSize(0));
    }

    /** The rules of registration hold for each row: a full member was admitted at least a probation (one year) ago. */
    @Test
    void aFullMemberAdmittedLessThanAYearAgoIsARowError() {
        String recent = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusMonths(3).toString();
        List<Map<String, String>> rows = List.of(row("钱正式", "男", null, "正式党员", recent, branch),
                row("钱预备", "男", null, "预备党员", recent, branch));
        problem(as(orgAdmin).contentType(XLSX).body(xlsx(TEMPLATE_HEADERS, rows)).post("/v1/members/import").then(),
                422, "IMPORT_ROWS_INVALID")
                .body("errors.field", equalTo(List.of("第2行 人员类别")));
        as(orgAdmin).get("/v1/members?organizationId=" + branch).then().body("items", hasSize(0));
    }

    @Test
    void anIdNumberMayNeitherRepeatInTheFileNorBelongToARegisteredMember() {
        String registeredId = idNumber(uniqueBirth(), true);
        registered(branch, "已登记", null, registeredId);
        String twice = idNumber(uniqueBirth(), false);
        List<Map<String, String>> rows = List.of(
                row("甲", "男", twice, "正式党员", "2010-07-01", branch),
                row("乙", "女", registeredId, "正式党员", "2010-07-01", branch),
                row("丙", "男", twice, "正式党员", "2010-07-01", branch));

        problem(as(orgAdmin).contentType(XLSX).body(xlsx(TEMPLATE_HEADERS, rows)).post("/v1/members/import").then(),
                422, "IMPORT_ROWS_INVALID")
                .body("errors.field", equalTo(List.of("第3行 身份证号码", "第4行 身份证号码")))
                .body("errors.message", equalTo(List.of("该身份证号码的党员已登记", "与第2行重复")));
        as(orgAdmin).get("/v1/members?organizationId=" + branch).then().body("items", hasSize(1));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyImportsOnce() {
        byte[] file = xlsx(TEMPLATE_HEADERS, List.of(row("赵强", "男", idNumber(uniqueBirth(), false), "正式党员", "2010-07-01", branch)));
        String key = Api.idempotencyKey();
        List<String> first = as(orgAdmin).header("Idempotency-Key", key).contentType(XLSX).body(file).post("/v1/members/import")
                .then().statusCode(201).extract().jsonPath().getList("memberIds");
        as(orgAdmin).header("Idempotency-Key", key).contentType(XLSX).body(file).post("/v1/members/import")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("memberIds", equalTo(first));
        as(orgAdmin).get("/v1/members?organizationId=" + branch).then().body("items", hasSize(1));
    }

    @Test
    void organizationsOutsideTheCallersSubtreeAreRefused() {
        String otherBranch = Api.committeeWithBranch()[1];
        byte[] file = xlsx(TEMPLATE_HEADERS, List.of(row("钱进", "男", null, "正式党员", "2010-07-01", otherBranch)));

        problem(as(orgAdmin).contentType(XLSX).body(file).post("/v1/members/import").then(), 422, "IMPORT_ROWS_INVALID")
                .body("errors[0].field", equalTo("第2行 党组织编号"));
        problem(as(orgAdmin).contentType(XLSX).body(file).post("/v1/members/import?organizationId=" + otherBranch).then(),
                422, "ORGANIZATION_NOT_FOUND").body("errors[0].field", equalTo("organizationId"));
        problem(as(orgAdmin).contentType(XLSX).body(file).post("/v1/members/import?organizationId=" + committee).then(),
                422, "ORGANIZATION_HOLDS_NO_MEMBERS");
        problem(as(token("sec", branch, "SECRETARY")).contentType(XLSX).body(file).post("/v1/members/import").then(),
                403, "FORBIDDEN");
        asAdmin().get("/v1/members?organizationId=" + otherBranch).then().body("items", hasSize(0));
    }

    /** A machine client imports into its own subtree with members:write, and not at all without it. */
    @Test
    void machineClientsImportWithTheMembersWriteScope() {
        byte[] file = xlsx(TEMPLATE_HEADERS, List.of(row("孙涛", "男", null, "正式党员", "2010-07-01", branch)));
        String writer = Jwt.issuer("party-local-dev").subject("gov-exchange").groups(Set.of("API_CLIENT"))
                .claim("orgId", committee).claim("scope", "members:write").sign();
        String reader = token("gov-exchange", committee, "API_CLIENT");

        as(writer).contentType(XLSX).body(file).post("/v1/members/import").then().statusCode(201).body("count", equalTo(1));
        as(writer).get("/v1/members/import-template").then().statusCode(200);
        problem(as(reader).contentType(XLSX).body(file).post("/v1/members/import").then(), 403, "FORBIDDEN");
        as(reader).accept("text/csv").get("/v1/members/export?organizationId=" + branch).then().statusCode(200);
    }

    @Test
    void unreadableEmptyAndOversizedFilesAreRefusedClearly() {
        problem(as(orgAdmin).contentType(XLSX).body("姓名,性别".getBytes(StandardCharsets.UTF_8)).post("/v1/members/import").then(),
                422, "IMPORT_FILE_UNREADABLE");
        problem(as(orgAdmin).contentType(XLSX).body(xlsx(TEMPLATE_HEADERS, List.of())).post("/v1/members/import").then(),
                422, "IMPORT_FILE_EMPTY");
        problem(as(orgAdmin).contentType(XLSX).body(xlsx(List.of("姓名", "入党日期"), List.of(row("孙丽", "女", null, "正式党员", "2010-07-01", branch))))
                .post("/v1/members/import").then(), 422, "IMPORT_ROWS_INVALID")
                .body("errors.field", equalTo(List.of("第1行 性别", "第1行 人员类别", "第1行 党组织编号")))
                .body("errors[0].message", equalTo("缺少此列"));
        List<Map<String, String>> tooMany = IntStream.range(0, 10_001)
                .mapToObj(i -> row("党员" + i, "男", null, "正式党员", "2010-07-01", null)).toList();
        problem(as(orgAdmin).contentType(XLSX).body(xlsx(TEMPLATE_HEADERS, tooMany)).post("/v1/members/import?organizationId=" + branch)
                .then(), 413, "IMPORT_TOO_MANY_ROWS");
    }

    /** An exported file imports as it is, here into another branch (members without ID numbers, which are unique). */
    @Test
    void anExportImportsIntoAnotherBranch() {
        registered(branch, "周敏", "13700001111", null);
        registered(branch, "吴刚", null, null);
        String otherBranch = organization(committee, "BRANCH", "市统计局机关第二党支部");
        byte[] exported = asAdmin().accept(XLSX).get("/v1/members/export?organizationId=" + branch).then().statusCode(200)
                .extract().asByteArray();

        as(orgAdmin).contentType(XLSX).body(exported).post("/v1/members/import?organizationId=" + otherBranch)
                .then().statusCode(201).body("count", equalTo(2));

        List<List<String>> before = sheet(exported, 0);
        List<List<String>> after = sheet(asAdmin().accept(XLSX).get("/v1/members/export?organizationId=" + otherBranch)
                .then().statusCode(200).extract().asByteArray(), 0);
        assertEquals(withoutPlacement(before), withoutPlacement(after), "the same members, placed in the other branch");
        assertTrue(after.stream().skip(1).allMatch(r -> r.get(10).equals(otherBranch)));
    }

    /** The rows without organization name and id and member id, sorted by name. */
    private static List<List<String>> withoutPlacement(List<List<String>> rows) {
        return rows.stream().map(r -> List.of(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7),
                r.get(8), r.get(11), r.get(12))).sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList();
    }

    private static Map<String, String> row(String name, String gender, String idCard, String status, String joinedOn,
                                           String organizationId) {
        Map<String, String> row = new HashMap<>();
        row.put("姓名", name);
        row.put("性别", gender);
        row.put("人员类别", status);
        row.put("入党日期", joinedOn);
        if (idCard != null) {
            row.put("身份证号码", idCard);
        }
        if (organizationId != null) {
            row.put("党组织编号", organizationId);
        }
        return row;
    }

    /** An .xlsx file with these headers in row 1 and one row per map, as a person fills in the template. */
    static byte[] xlsx(List<String> headers, List<Map<String, String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("党员信息");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < headers.size(); c++) {
                    String value = rows.get(r).get(headers.get(c));
                    if (value != null && !value.isEmpty()) {
                        sheet.value(r + 1, c, value);
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The cells of one sheet as text, each row as wide as the header row. */
    private static List<List<String>> sheet(byte[] file, int index) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> rows = workbook.getSheet(index).orElseThrow().openStream()) {
            List<List<String>> read = new ArrayList<>();
            int width = -1;
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (width < 0) {
                    width = row.getCellCount();
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row.getOptionalCell(c).map(Cell::getText).orElse(""));
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    read.add(cells);
                }
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> csvLines(RequestSpecification as, String query) {
        byte[] bytes = as.accept("text/csv").get("/v1/members/export?organizationId=" + branch + query).then().statusCode(200)
                .extract().asByteArray();
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
    }

    /** The cells of one CSV line of the export, every cell quoted; no cell of these tests holds a quote or comma. */
    private static List<String> csvCells(String line) {
        return Stream.of(line.split(",", -1)).map(c -> c.length() >= 2 ? c.substring(1, c.length() - 1) : c)
                .collect(Collectors.toList());
    }
}
