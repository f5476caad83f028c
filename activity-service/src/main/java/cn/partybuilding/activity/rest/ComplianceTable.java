package cn.partybuilding.activity.rest;

import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.ComplianceReport;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The compliance report as a file to download, CSV or Excel, under Chinese headers. Text that a
 * spreadsheet program would take for a formula is neutralised (OWASP CSV injection): an
 * organization may be named {@code =HYPERLINK(...)}.
 */
final class ComplianceTable {

    private static final List<String> HEADERS = List.of("组织编号", "组织名称", "统计期间", "活动类型", "应开次数", "实开次数", "是否达标",
            "出勤率", "未达法定人数的党员大会", "计入的活动", "未计入的活动及原因");

    /** A UTF-8 BOM, so that spreadsheet programs read the Chinese headers. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CsvSchema COLUMNS = CsvSchema.builder().addColumns(HEADERS, CsvSchema.ColumnType.NUMBER_OR_STRING)
            .setLineSeparator("\r\n").build();

    /** The header row as plain words: the headers need no quotes. */
    private static final ObjectWriter CSV_HEADER = new CsvMapper().writer(COLUMNS);

    /** Every text cell quoted, empty ones too, and numbers bare, as the file has always been written. */
    private static final ObjectWriter CSV_ROWS = CSV_HEADER.withFeatures(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS,
            CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS);

    /** What makes a spreadsheet program read a text cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private ComplianceTable() {
    }

    /**
     * One row per branch and requirement, the same for CSV and Excel, with the listed activities of that
     * type that counted and those that did not (and why); a listed activity of a type the branch is not
     * required to hold in the period gets a row of its own, marked 不要求.
     */
    private static List<List<Object>> rows(ComplianceReport report) {
        String period = report.period().label();
        List<List<Object>> rows = new ArrayList<>();
        for (ComplianceReport.Branch branch : report.branches()) {
            String shortfalls = branch.meetingsWithoutQuorum().stream().map(ComplianceReport.Meeting::activityId)
                    .collect(Collectors.joining(" "));
            Set<ActivityType> typesWithRows = EnumSet.noneOf(ActivityType.class);
            for (ComplianceReport.RequirementResult result : branch.requirements()) {
                typesWithRows.add(result.type());
                rows.add(row(branch, period, result.type(), result.required(), result.held(), result.met() ? "是" : "否", shortfalls));
            }
            branch.meetings().stream().map(ComplianceReport.Meeting::type).filter(type -> !typesWithRows.contains(type)).distinct()
                    .forEach(type -> rows.add(row(branch, period, type, 0, 0, "不要求", shortfalls)));
        }
        return rows;
    }

    private static List<Object> row(ComplianceReport.Branch branch, String period, ActivityType type, int required, int held,
                                    String met, String shortfalls) {
        List<ComplianceReport.Meeting> ofType = branch.meetings().stream().filter(meeting -> meeting.type() == type).toList();
        String counted = ofType.stream().filter(meeting -> meeting.counting().counted()).map(ComplianceReport.Meeting::activityId)
                .collect(Collectors.joining(" "));
        String notCounted = ofType.stream().filter(meeting -> !meeting.counting().counted()).map(ComplianceTable::whyNotCounted)
                .collect(Collectors.joining("；"));
        return Stream.of(branch.organizationId(), branch.name(), period, type.name(), required, held, met,
                branch.attendanceRate(), shortfalls, counted, notCounted).map(ComplianceTable::inertCell).toList();
    }

    private static String whyNotCounted(ComplianceReport.Meeting meeting) {
        String why = switch (meeting.counting()) {
            case NO_QUORUM -> "未达法定人数（有表决权的党员到会" + meeting.votingMembersPresent() + "人，应到" + meeting.votingMembers() + "人）";
            case NO_COMMITTEE -> "支部未设支委会，不要求支委会";
            case NOT_REQUIRED -> "本期不要求此类活动";
            case COUNTED -> "计入";
        };
        return meeting.activityId() + " " + meeting.title() + "：" + why;
    }

    /** A number stays a number; text starting like a formula is shown as text, behind an apostrophe. */
    private static Object inertCell(Object cell) {
        return cell instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : cell;
    }

    /** UTF-8 with a BOM and CRLF line ends. */
    static byte[] csv(ComplianceReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try {
            CSV_HEADER.writeValue(out, HEADERS);
            CSV_ROWS.writeValue(out, rows(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(ComplianceReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "party-building", "1.0");
            Worksheet sheet = workbook.newWorksheet("三会一课 " + report.period().label());
            for (int column = 0; column < HEADERS.size(); column++) {
                sheet.value(0, column, HEADERS.get(column));
                sheet.style(0, column).bold().set();
            }
            List<List<Object>> rows = rows(report);
            for (int r = 0; r < rows.size(); r++) {
                for (int column = 0; column < HEADERS.size(); column++) {
                    Object cell = rows.get(r).get(column);
                    if (cell instanceof Number number) {
                        sheet.value(r + 1, column, number);
                    } else {
                        sheet.value(r + 1, column, String.valueOf(cell));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
