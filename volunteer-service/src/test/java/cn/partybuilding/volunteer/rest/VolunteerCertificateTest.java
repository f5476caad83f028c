package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.recordAndDecide;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.testsupport.BranchServiceStub;
import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 志愿服务时长证明 as a printable page and as a PDF laid out from that page. */
@QuarkusTest
class VolunteerCertificateTest {

    /** A community name that would run as a script if the page did not escape it. */
    private static final String SCRIPTED_NAME = "<script>alert(1)</script>社区";

    private Fixtures.Branch branch;

    /** One member of a fresh branch with 4 confirmed hours and 5 still submitted, in the scripted community. */
    @BeforeEach
    void aMemberWithConfirmedAndSubmittedHours() {
        branch = Fixtures.branch(1);
        String community = asAdmin().body(Map.of("name", SCRIPTED_NAME, "district", "测试区" + Ulid.next()))
                .post("/v1/communities").then().statusCode(201).extract().path("id");
        Fixtures.reportMember(branch, 0, community);
        recordAndDecide(branch.asMember(0), community, "2025-05-01", 4, "CONFIRMED");
        recordAndDecide(branch.asMember(0), community, "2025-05-02", 5, null);
    }

    private ExtractableResponse<Response> certificate(String accept) {
        return branch.asMember(0).accept(accept).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/v1/volunteer-stats/certificate").then().extract();
    }

    @Test
    void thePrintablePageListsTheConfirmedRecordsWithEveryTextEscaped() {
        ExtractableResponse<Response> answer = certificate("text/html");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.contentType().startsWith("text/html"), answer.contentType());
        String html = answer.asString();
        assertTrue(html.contains("<b>志愿者0</b>（市民政局机关第一党支部）于 2025年1月1日 至 2025年12月31日"), html);
        assertTrue(html.contains("累计服务 <b>4.0</b> 小时、1 人次，服务社区 1 个"), html);
        assertTrue(html.contains("<td>2025年5月1日 08:00–20:00</td><td>&lt;script&gt;alert(1)&lt;/script&gt;社区</td><td>社区环境整治</td>"), html);
        assertFalse(html.contains("<script>"), "the community's name is text, not a script");
        assertFalse(html.contains("2025年5月2日"), "a record the community has not confirmed is not certified");
    }

    @Test
    void thePdfIsLaidOutFromThePageInTheConfiguredChineseFont() throws IOException {
        String font = ConfigProvider.getConfig().getValue("party.certificate.font", String.class).replaceAll(",\\d+$", "");
        if (!Files.isReadable(Path.of(font))) {
            certificate("application/pdf").response().then().statusCode(503).body("code", equalTo("CERTIFICATE_FONT_MISSING"));
            return;
        }
        ExtractableResponse<Response> answer = certificate("application/pdf");
        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", answer.contentType());
        String number = answer.header("Content-Disposition").replaceAll(".*volunteer-certificate-(ZY-[0-9A-F]{16})\\.pdf.*", "$1");
        Files.write(Path.of("target/volunteer-certificate.pdf"), answer.asByteArray()); // to look at after a run
        try (PDDocument pdf = Loader.loadPDF(answer.asByteArray())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertEquals("志愿服务时长证明 " + number, pdf.getDocumentInformation().getTitle());
            // read in the order of the page (bold runs are drawn apart), and lines wrap wherever the
            // layout breaks them: compare the text without its white space
            PDFTextStripper reader = new PDFTextStripper();
            reader.setSortByPosition(true);
            String text = reader.getText(pdf).replaceAll("\\s", "");
            assertTrue(text.contains("证明编号/No." + number), text);
            assertTrue(text.contains("兹证明志愿者0（市民政局机关第一党支部）于2025年1月1日至2025年12月31日"), text);
            assertTrue(text.contains("累计服务4.0小时、1人次"), text);
            assertTrue(text.contains(SCRIPTED_NAME), text);
            assertFalse(text.contains("打印"), "the print button is for the screen only");
        }
    }

    /**
     * 《志愿服务记录与证明出具办法（试行）》 and 《关于规范志愿服务记录证明工作的指导意见》: the certificate names the
     * issuer and the date of issue, and can be verified: reissued for unchanged records it carries the same number.
     */
    @Test
    void theCertificateNamesItsIssuerAndDateAndIsVerifiedByItsNumber() {
        String html = certificate("text/html").asString();
        String issuer = ConfigProvider.getConfig().getValue("party.certificate.issuer", String.class);
        String today = DateTimeFormatter.ofPattern("yyyy年M月d日").format(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        assertTrue(html.contains("出具单位：" + issuer + "<br/>出具日期：" + today), html);
        assertTrue(html.contains("不含往返交通时间"), html);
        assertTrue(html.contains("证明编号与本证明相同，即所载记录未变"), html);

        String number = number(html);
        assertEquals(number, number(certificate("text/html").asString()), "reissued for the same records: the same number");
        String community = asAdmin().body(Map.of("name", "核验社区", "district", "测试区" + Ulid.next()))
                .post("/v1/communities").then().statusCode(201).extract().path("id");
        Fixtures.reportMember(branch, 0, community);
        recordAndDecide(branch.asMember(0), community, "2025-06-01", 2, "CONFIRMED");
        assertNotEquals(number, number(certificate("text/html").asString()), "another confirmed record: another number");
    }

    private static String number(String html) {
        return html.replaceAll("(?s).*证明编号 / No\\. (ZY-[0-9A-F]{16}).*", "$1");
    }

    /**
     * The ID number is part of the volunteer's identity on a certificate (记录证明意见), always masked,
     * even for the member, who may read it in full from branch-service.
     */
    @Test
    void theCertificateShowsTheMembersIdNumberMasked() {
        String member = Ulid.next();
        BranchServiceStub.register("members", Map.of("id", member, "organizationId", branch.branchId(), "name", "李晓梅",
                "status", "FULL", "idCardNumber", "11010519491231002X"));
        String html = Fixtures.as(Fixtures.token(member, branch.branchId(), null, "MEMBER"))
                .accept("text/html").get("/v1/volunteer-stats/certificate").then().statusCode(200).extract().asString();
        assertTrue(html.contains("<b>李晓梅</b>（身份证号码 110105********002X）（市民政局机关第一党支部）"), html);
        assertFalse(html.contains("11010519491231002X"), "never the full number");
    }

    @Test
    void anotherMembersCertificateIsOutOfAMembersScope() {
        Fixtures.branch(1).asMember(0).accept("text/html").queryParam("memberId", branch.memberIds().get(0))
                .get("/v1/volunteer-stats/certificate").then().statusCode(422).body("code", equalTo("MEMBER_NOT_FOUND"));
    }
}
