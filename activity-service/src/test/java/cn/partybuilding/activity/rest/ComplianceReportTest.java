package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.activity.Fixtures;
import cn.partybuilding.common.id.Ulid;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComplianceReportTest {

    private static final String Q1 = "2025-0%d-1%dT09:00:00+08:00";

    private static String held(String organizationId, String type, int month, int day) {
        String start = String.format(Q1, month, day);
        String id = Fixtures.activity(organizationId, type, start, start.replace("T09", "T11"));
        Fixtures.complete(id);
        return id;
    }

    @Test
    void reportsEachBranchRequirementsAttendanceAndQuorum() throws java.io.IOException {
        Fixtures.Branch diligent = Fixtures.branch(4, 1, true);
        String lagging = Ulid.next();
        Fixtures.stub("organizations", Map.of("id", lagging, "name", "后进党支部", "type", "BRANCH",
                "ancestorIds", List.of(diligent.committeeId())));
        String group = Ulid.next();
        Fixtures.stub("organizations", Map.of("id", group, "name", "第一党小组", "type", "PARTY_GROUP",
                "ancestorIds", List.of(diligent.committeeId(), diligent.branchId())));

        for (int month = 1; month <= 3; month++) {
            held(diligent.branchId(), "COMMITTEE_MEETING", month, 1);
            held(diligent.branchId(), "THEME_PARTY_DAY", month, 2);
            held(group, "GROUP_MEETING", month, 3); // a group's meeting counts for its branch
        }
        held(diligent.branchId(), "PARTY_LECTURE", 2, 5);
        String meeting = held(diligent.branchId(), "GENERAL_MEETING", 3, 6);
        // two of four voting members present: not more than half, so no quorum and not held
        asAdmin().body(Map.of("records", List.of(
                        Map.of("memberId", diligent.memberIds().get(0), "status", "PRESENT"),
                        Map.of("memberId", diligent.memberIds().get(1), "status", "LATE"),
                        Map.of("memberId", diligent.memberIds().get(4), "status", "PRESENT"))))
                .put("/v1/activities/" + meeting + "/attendance").then().statusCode(200);
        Fixtures.activity(diligent.branchId(), "PARTY_LECTURE", "2025-03-20T09:00:00+08:00", "2025-03-20T10:00:00+08:00"); // planned only

        asAdmin().queryParam("organizationId", diligent.committeeId()).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/v1/compliance-reports").then().statusCode(200)
                .body("period", equalTo("2025-Q1"))
                .body("branches", equalTo(2))
                .body("compliantBranches", equalTo(0))
                .body("items.find { it.organizationId == '" + lagging + "' }.requirements.find { it.type == 'THEME_PARTY_DAY' }.held", equalTo(0))
                // no party group and no committee, so neither 党小组会 nor 支委会 is required of it
                .body("items.find { it.organizationId == '" + lagging + "' }.requirements.type", not(hasItem("GROUP_MEETING")))
                .body("items.find { it.organizationId == '" + lagging + "' }.requirements.type", not(hasItem("COMMITTEE_MEETING")))
                .body("items.find { it.organizationId == '" + lagging + "' }.requirements", hasSize(3))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.requirements", hasSize(5))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.requirements.findAll { it.met }.type",
                        equalTo(List.of("PARTY_LECTURE", "THEME_PARTY_DAY", "COMMITTEE_MEETING", "GROUP_MEETING")))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.requirements.find { it.type == 'GENERAL_MEETING' }.held", equalTo(0))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.requirements.find { it.type == 'GROUP_MEETING' }.held", equalTo(3))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.meetingsWithoutQuorum[0].activityId", equalTo(meeting))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.meetingsWithoutQuorum[0].votingMembers", equalTo(4))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.meetingsWithoutQuorum[0].votingMembersPresent", equalTo(2))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.compliant", equalTo(false));

        asAdmin().queryParam("organizationId", diligent.committeeId()).queryParam("year", 2025).queryParam("month", 2)
                .get("/v1/compliance-reports").then().statusCode(200)
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.requirements", hasSize(3))
                .body("items.find { it.organizationId == '" + diligent.branchId() + "' }.compliant", equalTo(true));

        asAdmin().accept("text/csv").queryParam("organizationId", diligent.committeeId()).queryParam("year", 2025)
                .queryParam("quarter", 1).get("/v1/compliance-reports").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("compliance-2025-Q1.csv"))
                .body(startsWith("\uFEFF组织编号,组织名称,统计期间,活动类型,应开次数,实开次数,是否达标"))
                .body(containsString("\"后进党支部\",\"2025-Q1\",\"THEME_PARTY_DAY\",3,0,\"否\""));

        byte[] workbook = asAdmin().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("organizationId", diligent.committeeId()).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/v1/compliance-reports").then().statusCode(200)
                .header("Content-Disposition", containsString("compliance-2025-Q1.xlsx"))
                .extract().asByteArray();
        String sheetText = xlsxText(workbook);
        assertTrue(sheetText.contains("组织编号") && sheetText.contains("后进党支部") && sheetText.contains("THEME_PARTY_DAY"), sheetText);
    }

    /** Present: the full members {@code full} and the probationary members {@code probationary} of the branch. */
    private static void attended(String activityId, List<String> present) {
        asAdmin().body(Map.of("records", present.stream().map(id -> Map.of("memberId", id, "status", "PRESENT")).toList()))
                .put("/v1/activities/" + activityId + "/attendance").then().statusCode(200);
    }

    @Test
    void aGeneralMeetingWithoutAQuorumIsNotHeldAndDoesNotUndoAValidOne() {
        // four full members and one probationary member, who attends without a vote
        Fixtures.Branch branch = Fixtures.branch(4, 1);
        List<String> members = branch.memberIds();
        held(branch.branchId(), "PARTY_LECTURE", 1, 4);
        for (int month = 1; month <= 3; month++) {
            held(branch.branchId(), "THEME_PARTY_DAY", month, 2);
        }
        String start = String.format(Q1, 1, 5);
        String withoutQuorum = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", start, start.replace("T09", "T11"));
        attended(withoutQuorum, List.of(members.get(0), members.get(1), members.get(4))); // 2 of 4 votes: not more than half
        Fixtures.complete(withoutQuorum);

        String q1 = "items.find { it.organizationId == '" + branch.branchId() + "' }.";
        asAdmin().queryParam("organizationId", branch.branchId()).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/v1/compliance-reports").then().statusCode(200)
                .body(q1 + "requirements.find { it.type == 'GENERAL_MEETING' }.held", equalTo(0))
                .body(q1 + "requirements.find { it.type == 'GENERAL_MEETING' }.met", equalTo(false))
                .body(q1 + "compliant", equalTo(false))
                .body(q1 + "meetingsWithoutQuorum.activityId", equalTo(List.of(withoutQuorum)))
                .body(q1 + "meetings.activityId", equalTo(List.of(withoutQuorum)))
                .body(q1 + "meetings[0].counted", equalTo(false))
                .body(q1 + "meetings[0].counting", equalTo("NO_QUORUM"))
                .body(q1 + "meetings[0].votingMembers", equalTo(4))
                .body(q1 + "meetings[0].votingMembersPresent", equalTo(2));

        String later = String.format(Q1, 3, 6);
        String quorate = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", later, later.replace("T09", "T11"));
        attended(quorate, members.subList(0, 3)); // 3 of 4 votes
        Fixtures.complete(quorate);

        asAdmin().queryParam("organizationId", branch.branchId()).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/v1/compliance-reports").then().statusCode(200)
                .body(q1 + "requirements.find { it.type == 'GENERAL_MEETING' }.held", equalTo(1))
                .body(q1 + "compliant", equalTo(true))
                .body("compliantBranches", equalTo(1))
                // still listed for the secretary, without undoing the valid meeting
                .body(q1 + "meetingsWithoutQuorum.activityId", equalTo(List.of(withoutQuorum)))
                .body(q1 + "meetings.activityId", equalTo(List.of(withoutQuorum)));

        asAdmin().queryParam("organizationId", branch.branchId()).queryParam("year", 2025).queryParam("quarter", 1)
                .queryParam("include", "meetings").get("/v1/compliance-reports").then().statusCode(200)
                .body(q1 + "meetings", hasSize(6))
                .body(q1 + "meetings.findAll { it.counted }.type",
                        equalTo(List.of("THEME_PARTY_DAY", "PARTY_LECTURE", "THEME_PARTY_DAY", "THEME_PARTY_DAY", "GENERAL_MEETING")))
                .body(q1 + "meetings.find { it.activityId == '" + quorate + "' }.counting", equalTo("COUNTED"))
                .body(q1 + "meetings.find { it.activityId == '" + withoutQuorum + "' }.counting", equalTo("NO_QUORUM"));

        String csv = asAdmin().accept("text/csv").queryParam("organizationId", branch.branchId()).queryParam("year", 2025)
                .queryParam("quarter", 1).queryParam("include", "meetings").get("/v1/compliance-reports").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("\"GENERAL_MEETING\",1,1,\"是\","), csv);
        assertTrue(csv.contains(",\"" + withoutQuorum + "\",\"" + quorate + "\",\""
                + withoutQuorum + " 测试活动：未达法定人数（有表决权的党员到会2人，应到4人）\"\r\n"), csv);
    }

    @Test
    void aCommitteeMeetingIsRequiredOnlyOfABranchWithACommittee() {
        Fixtures.Branch small = Fixtures.branch(4, 1); // five members: a secretary, no committee
        Fixtures.Branch large = Fixtures.branch(7, 0, true);
        String committeeMeeting = held(small.branchId(), "COMMITTEE_MEETING", 1, 7);
        held(large.branchId(), "COMMITTEE_MEETING", 1, 7);

        String smallBranch = "items.find { it.organizationId == '" + small.branchId() + "' }.";
        String largeBranch = "items.find { it.organizationId == '" + large.branchId() + "' }.";
        asAdmin().queryParam("organizationId", small.branchId()).queryParam("year", 2025).queryParam("quarter", 1)
                .queryParam("include", "meetings").get("/v1/compliance-reports").then().statusCode(200)
                .body(smallBranch + "requirements.type", not(hasItem("COMMITTEE_MEETING")))
                .body(smallBranch + "meetings.find { it.activityId == '" + committeeMeeting + "' }.counted", equalTo(false))
                .body(smallBranch + "meetings.find { it.activityId == '" + committeeMeeting + "' }.counting", equalTo("NO_COMMITTEE"));
        asAdmin().queryParam("organizationId", large.branchId()).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/v1/compliance-reports").then().statusCode(200)
                .body(largeBranch + "requirements.find { it.type == 'COMMITTEE_MEETING' }.required", equalTo(3))
                .body(largeBranch + "requirements.find { it.type == 'COMMITTEE_MEETING' }.held", equalTo(1))
                .body(largeBranch + "meetings", hasSize(0));

        // in a file, the 支委会 the small branch is not required to hold gets a row of its own
        String csv = asAdmin().accept("text/csv").queryParam("organizationId", small.branchId()).queryParam("year", 2025)
                .queryParam("quarter", 1).queryParam("include", "meetings").get("/v1/compliance-reports").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("\"COMMITTEE_MEETING\",0,0,\"不要求\","), csv);
        assertTrue(csv.contains(",\"\",\"\",\"" + committeeMeeting + " 测试活动：支部未设支委会，不要求支委会\"\r\n"), csv);
        asAdmin().queryParam("organizationId", small.branchId()).queryParam("year", 2025).queryParam("include", "everything")
                .get("/v1/compliance-reports").then().statusCode(400).body("errors[0].field", equalTo("include"));
    }

    @Test
    void csvQuotesTextWithCommasQuotesAndLineBreaks() throws java.io.IOException {
        String committee = Ulid.next();
        String branch = Ulid.next();
        String name = "第一党支部, \"先锋\"\n示范点";
        Fixtures.stub("organizations", Map.of("id", committee, "name", "市税务局机关党委", "type", "PARTY_COMMITTEE", "ancestorIds", List.of()));
        Fixtures.stub("organizations", Map.of("id", branch, "name", name, "type", "BRANCH", "ancestorIds", List.of(committee)));

        byte[] csv = asAdmin().accept("text/csv").queryParam("organizationId", committee).queryParam("year", 2025)
                .queryParam("quarter", 1).get("/v1/compliance-reports").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asByteArray();

        // byte for byte: a BOM, bare headers, every text cell quoted (inner quotes doubled), bare numbers, CRLF
        String row = "\"" + branch + "\",\"第一党支部, \"\"先锋\"\"\n示范点\",\"2025-Q1\",\"%s\",%d,0,\"否\",0.0,\"\",\"\",\"\"\r\n";
        String expected = "\uFEFF组织编号,组织名称,统计期间,活动类型,应开次数,实开次数,是否达标,出勤率,未达法定人数的党员大会,计入的活动,未计入的活动及原因\r\n"
                + String.format(row, "PARTY_LECTURE", 1) + String.format(row, "THEME_PARTY_DAY", 3)
                + String.format(row, "GENERAL_MEETING", 1);
        assertEquals(expected, new String(csv, StandardCharsets.UTF_8));

        // and a CSV reader gets the name back whole
        try (MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(new String(csv, StandardCharsets.UTF_8).substring(1))) {
            List<List<String>> all = rows.readAll();
            assertEquals(4, all.size());
            assertEquals(List.of(branch, name, "2025-Q1", "PARTY_LECTURE", "1", "0", "否", "0.0", "", "", ""), all.get(1));
        }
    }

    @Test
    void exportsNeutraliseTextThatASpreadsheetWouldRunAsAFormula() throws java.io.IOException {
        String committee = Ulid.next();
        String branch = Ulid.next();
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        Fixtures.stub("organizations", Map.of("id", committee, "name", "市审计局机关党委", "type", "PARTY_COMMITTEE", "ancestorIds", List.of()));
        Fixtures.stub("organizations", Map.of("id", branch, "name", formula, "type", "BRANCH", "ancestorIds", List.of(committee)));

        String csv = asAdmin().accept("text/csv").queryParam("organizationId", committee).queryParam("year", 2025)
                .queryParam("quarter", 1).get("/v1/compliance-reports").then().statusCode(200).extract().asString();
        // the name behind an apostrophe, numbers still bare
        assertTrue(csv.contains("\"" + branch + "\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"2025-Q1\",\"THEME_PARTY_DAY\",3,0,\"否\",0.0,"), csv);

        byte[] workbook = asAdmin().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .queryParam("organizationId", committee).queryParam("year", 2025).queryParam("quarter", 1)
                .get("/v1/compliance-reports").then().statusCode(200).extract().asByteArray();
        assertEquals("'" + formula, xlsxCell(workbook, "B2"));
        assertEquals("PARTY_LECTURE", xlsxCell(workbook, "D2"));
        assertEquals("n:1", xlsxCell(workbook, "E2"));
        assertEquals("n:0.0", xlsxCell(workbook, "H2"));
    }

    /** A cell of the first sheet, read back: a text cell's text (from the shared strings), a number cell as "n:" and its value. */
    private static String xlsxCell(byte[] workbook, String reference) throws java.io.IOException {
        Map<String, String> parts = xlsxParts(workbook);
        org.w3c.dom.NodeList cells = xml(parts.get("xl/worksheets/sheet1.xml")).getElementsByTagName("c");
        for (int i = 0; i < cells.getLength(); i++) {
            org.w3c.dom.Element cell = (org.w3c.dom.Element) cells.item(i);
            if (cell.getAttribute("r").equals(reference)) {
                String value = cell.getElementsByTagName("v").item(0).getTextContent();
                return cell.getAttribute("t").equals("s")
                        ? xml(parts.get("xl/sharedStrings.xml")).getElementsByTagName("si").item(Integer.parseInt(value)).getTextContent()
                        : "n:" + value;
            }
        }
        throw new AssertionError("no cell " + reference);
    }

    private static org.w3c.dom.Document xml(String text) throws java.io.IOException {
        try {
            return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(text)));
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError(e);
        }
    }

    /** The parts of an .xlsx by name (a zip of XML parts, read by its central directory). */
    private static Map<String, String> xlsxParts(byte[] workbook) throws java.io.IOException {
        Path file = Files.createTempFile("compliance", ".xlsx");
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        try {
            Files.write(file, workbook);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } finally {
            Files.delete(file);
        }
        return parts;
    }

    /** The text of every part of an .xlsx, to look for cell values. */
    private static String xlsxText(byte[] workbook) throws java.io.IOException {
        String text = String.join("", xlsxParts(workbook).values());
        // fastexcel writes non-ASCII text as XML character references (&#x7ec4;)
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(text)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }

    @Test
    void rejectsPeriodsThatAreNotAYearQuarterOrMonth() {
        Fixtures.Branch branch = Fixtures.branch(1, 0);
        asAdmin().queryParam("organizationId", branch.branchId()).queryParam("year", 2025).queryParam("quarter", 1)
                .queryParam("month", 2).get("/v1/compliance-reports").then().statusCode(400).body("code", equalTo("INVALID_PERIOD"));
        asAdmin().queryParam("organizationId", branch.branchId()).queryParam("year", 2025).queryParam("quarter", 5)
                .get("/v1/compliance-reports").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        asAdmin().queryParam("organizationId", branch.branchId()).get("/v1/compliance-reports").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
    }
}
