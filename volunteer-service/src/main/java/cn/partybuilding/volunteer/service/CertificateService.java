package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import cn.partybuilding.volunteer.repository.StatisticsRepository;
import cn.partybuilding.volunteer.repository.VolunteerRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * 志愿服务时长证明: a member's confirmed records in a period, with their totals, as a printable HTML
 * page or a PDF. The certificate number is a digest of the member, the period and every counted
 * record, so a reissued certificate for unchanged records carries the same number.
 */
@ApplicationScoped
public class CertificateService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What a certificate says. */
    public record Certificate(String number, Volunteers.Volunteer member, LocalDate from, LocalDate to, BigDecimal hours,
                              int personTimes, long communitiesServed, List<VolunteerRecord> records,
                              Map<String, Community> communities, LocalDate issuedOn, String issuer) {
    }

    @Inject
    VolunteerRecordRepository records;

    @Inject
    StatisticsService statistics;

    @ConfigProperty(name = "party.certificate.font")
    String fontLocation;

    @ConfigProperty(name = "party.certificate.issuer")
    String issuer;

    public Certificate certificate(Volunteers.Volunteer member, StatisticsRepository.Criteria period) {
        List<VolunteerRecord> confirmed = records.confirmed(member.memberId(), period.from(), period.to());
        BigDecimal hours = confirmed.stream().map(r -> r.hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
        List<String> communityIds = confirmed.stream().map(r -> r.communityId).distinct().toList();
        return new Certificate(number(member.memberId(), period, confirmed), member, period.from(), period.to(), hours,
                confirmed.size(), communityIds.size(), confirmed, statistics.communitiesById(communityIds),
                LocalDate.now(ServiceTimeRules.CHINA), issuer);
    }

    private static String number(String memberId, StatisticsRepository.Criteria period, List<VolunteerRecord> confirmed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((memberId + "|" + period.from() + "|" + period.to()).getBytes(StandardCharsets.UTF_8));
            confirmed.forEach(r -> digest.update(("|" + r.id + ":" + r.hours).getBytes(StandardCharsets.UTF_8)));
            return "ZY-" + HexFormat.of().withUpperCase().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String html(Certificate c) {
        StringBuilder rows = new StringBuilder();
        for (VolunteerRecord r : c.records()) {
            rows.append("<tr><td>").append(DAY.format(r.serviceDate)).append(' ')
                    .append(TIME.format(r.startAt.atZone(ServiceTimeRules.CHINA))).append('–')
                    .append(TIME.format(r.endAt.atZone(ServiceTimeRules.CHINA))).append("</td><td>")
                    .append(escape(communityName(c, r))).append("</td><td>").append(escape(r.description))
                    .append("</td><td class=\"n\">").append(r.hours.toPlainString()).append("</td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>志愿服务时长证明 %1$s</title>
                <style>
                @page { size: A4; margin: 20mm; }
                body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #222; max-width: 180mm; margin: auto; }
                h1 { text-align: center; letter-spacing: .3em; color: #b71c1c; }
                table { width: 100%%; border-collapse: collapse; margin-top: 1em; font-size: 10pt; }
                th, td { border: 1px solid #999; padding: 4px 6px; } th { background: #f3e5e5; } .n { text-align: right; }
                .meta { text-align: right; margin-top: 2em; } .no { font-size: 9pt; color: #666; }
                @media print { .noprint { display: none; } }
                </style></head><body>
                <p class="no">证明编号 / No. %1$s</p>
                <h1>志愿服务时长证明</h1>
                <p>兹证明 <b>%2$s</b>（%3$s）于 %4$s 至 %5$s 期间参加“双报到”社区志愿服务，经服务社区确认，累计服务 <b>%6$s</b> 小时、%7$d 人次，服务社区 %8$d 个。</p>
                <table><thead><tr><th>服务时间</th><th>服务社区</th><th>服务内容</th><th>时长（小时）</th></tr></thead>
                <tbody>
                %9$s</tbody></table>
                <p class="meta">%10$s<br>%11$s</p>
                <button class="noprint" onclick="window.print()">打印 / Print</button>
                </body></html>
                """.formatted(c.number(), escape(c.member().name()), escape(String.valueOf(c.member().organizationName())),
                DAY.format(c.from()), DAY.format(c.to()), c.hours().toPlainString(), c.personTimes(), c.communitiesServed(),
                rows, escape(c.issuer()), DAY.format(c.issuedOn()));
    }

    /** The certificate as an A4 PDF, in the configured font with Chinese glyphs (503 when it is missing). */
    public byte[] pdf(Certificate c) {
        BaseFont base = font();
        Font title = new Font(base, 20, Font.BOLD);
        Font body = new Font(base, 11);
        Font small = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("志愿服务时长证明 " + c.number());
            document.open();
            document.add(new Paragraph("证明编号 / No. " + c.number(), small));
            Paragraph heading = new Paragraph("志愿服务时长证明", title);
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(16);
            document.add(heading);
            document.add(new Paragraph("兹证明 " + c.member().name() + "（" + c.member().organizationName() + "）于 "
                    + DAY.format(c.from()) + " 至 " + DAY.format(c.to()) + " 期间参加“双报到”社区志愿服务，经服务社区确认，累计服务 "
                    + c.hours().toPlainString() + " 小时、" + c.personTimes() + " 人次，服务社区 " + c.communitiesServed() + " 个。", body));
            PdfPTable table = new PdfPTable(new float[] {3, 3, 6, 1.5f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(12);
            for (String header : List.of("服务时间", "服务社区", "服务内容", "时长")) {
                table.addCell(new PdfPCell(new Phrase(header, small)));
            }
            for (VolunteerRecord r : c.records()) {
                table.addCell(new Phrase(DAY.format(r.serviceDate) + " " + TIME.format(r.startAt.atZone(ServiceTimeRules.CHINA))
                        + "–" + TIME.format(r.endAt.atZone(ServiceTimeRules.CHINA)), small));
                table.addCell(new Phrase(communityName(c, r), small));
                table.addCell(new Phrase(r.description, small));
                table.addCell(new Phrase(r.hours.toPlainString(), small));
            }
            document.add(table);
            Paragraph signature = new Paragraph(c.issuer() + "\n" + DAY.format(c.issuedOn()), body);
            signature.setAlignment(Element.ALIGN_RIGHT);
            signature.setSpacingBefore(24);
            document.add(signature);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF certificate failed", e);
        }
        return out.toByteArray();
    }

    private BaseFont font() {
        String file = fontLocation.contains(",") ? fontLocation.substring(0, fontLocation.lastIndexOf(',')) : fontLocation;
        if (!Files.isReadable(Path.of(file))) {
            throw new ProblemException(VolunteerError.CERTIFICATE_FONT_MISSING);
        }
        try {
            return BaseFont.createFont(fontLocation, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load the certificate font " + fontLocation, e);
        }
    }

    private static String communityName(Certificate c, VolunteerRecord r) {
        Community community = c.communities().get(r.communityId);
        return community == null ? r.communityId : community.name;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
