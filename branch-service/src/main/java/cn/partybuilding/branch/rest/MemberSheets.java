package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.service.BranchError;
import cn.partybuilding.branch.service.MemberColumn;
import cn.partybuilding.branch.service.MemberExchangeService;
import cn.partybuilding.branch.service.MemberImportRow;
import cn.partybuilding.common.problem.ProblemException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The member exchange files: CSV and Excel written as the rows come (a CSV line or an Excel row
 * never waits for the whole export), the import template, and the rows of an uploaded workbook.
 * As in the compliance report, text a spreadsheet program would take for a formula is
 * neutralised behind an apostrophe (OWASP CSV injection), and import drops that apostrophe again.
 */
final class MemberSheets {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String MEMBER_SHEET = "党员信息";
    static final String EXAMPLE_SHEET = "填写示例";
    static final String ALLOWED_SHEET = "可选值";

    /** A UTF-8 BOM, so that spreadsheet programs read the Chinese headers. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CsvSchema COLUMNS = CsvSchema.builder()
            .addColumns(MemberColumn.HEADERS, CsvSchema.ColumnType.STRING).setLineSeparator("\r\n").build();

    /** Text quoted, empty cells too, as in the compliance report. */
    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    /** What makes a spreadsheet program read a text cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** The template's example row: an invented member whose ID number passes the check. */
    private static final Map<MemberColumn, String> EXAMPLE = exampleRow();

    private MemberSheets() {
    }

    /** Writes member rows to a CSV file, header first, each batch as it arrives. */
    static final class CsvFile implements AutoCloseable {

        private final SequenceWriter rows;

        CsvFile(OutputStream out) throws IOException {
            out.write(UTF8_BOM);
            out.write((String.join(",", MemberColumn.HEADERS) + "\r\n").getBytes(StandardCharsets.UTF_8));
            rows = CSV_MAPPER.writer(COLUMNS.withoutHeader())
                    .withFeatures(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS, CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
                    .writeValues(out);
        }

        void write(List<List<String>> batch) {
            try {
                for (List<String> row : batch) {
                    rows.write(row.stream().map(MemberSheets::inert).toList());
                }
                rows.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /**
     * Writes member rows to an Excel workbook. Cells are inline strings (no shared-string table
     * that grows with the file) and each batch is flushed, so memory does not grow with the rows.
     */
    static final class ExcelFile {

        private final Workbook workbook;
        private final Worksheet sheet;
        private int nextRow = 1;

        ExcelFile(OutputStream out) {
            workbook = new Workbook(out, "party-building", "1.0");
            sheet = workbook.newWorksheet(MEMBER_SHEET);
            header(sheet, MemberColumn.HEADERS);
        }

        void write(List<List<String>> batch) {
            try {
                for (List<String> row : batch) {
                    for (int column = 0; column < row.size(); column++) {
                        String cell = row.get(column);
                        if (!cell.isEmpty()) {
                            sheet.inlineString(nextRow, column, inert(cell));
                        }
                    }
                    nextRow++;
                }
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            workbook.finish();
        }
    }

    /**
     * The import template: the columns import reads, in the order of the export, with the ID and
     * phone columns formatted as text (so Excel keeps all 18 digits), drop-down lists of the allowed
     * values, an example sheet and a sheet of the allowed values.
     */
    static void template(OutputStream out) throws IOException {
        List<MemberColumn> columns = Stream.of(MemberColumn.values()).filter(MemberColumn::imported).toList();
        Workbook workbook = new Workbook(out, "party-building", "1.0");
        Worksheet members = workbook.newWorksheet(MEMBER_SHEET);
        Worksheet example = workbook.newWorksheet(EXAMPLE_SHEET);
        Worksheet allowed = workbook.newWorksheet(ALLOWED_SHEET);

        header(members, columns.stream().map(MemberColumn::header).toList());
        header(example, columns.stream().map(MemberColumn::header).toList());
        for (int c = 0; c < columns.size(); c++) {
            example.inlineString(1, c, EXAMPLE.getOrDefault(columns.get(c), ""));
        }
        members.comment(0, columns.indexOf(MemberColumn.ORGANIZATION_ID),
                "党组织编号：党支部或党小组的编号；导入时指定了 organizationId 参数则可不填");
        members.comment(0, columns.indexOf(MemberColumn.ID_CARD_NUMBER), "18 位居民身份证号码，按文本填写");
        members.comment(0, columns.indexOf(MemberColumn.JOINED_ON), "日期，如 2020-07-01");

        Map<MemberColumn, List<String>> values = MemberColumn.allowedValues();
        int allowedColumn = 0;
        for (Map.Entry<MemberColumn, List<String>> entry : values.entrySet()) {
            allowed.inlineString(0, allowedColumn, entry.getKey().header());
            allowed.style(0, allowedColumn).bold().set();
            for (int r = 0; r < entry.getValue().size(); r++) {
                allowed.inlineString(r + 1, allowedColumn, entry.getValue().get(r));
            }
            allowed.width(allowedColumn, 16);
            if (entry.getKey() != MemberColumn.POSTS) { // several posts go in one cell: no drop-down
                int target = columns.indexOf(entry.getKey());
                members.range(1, target, MemberExchangeService.MAX_IMPORT_ROWS, target)
                        .validateWithList(allowed.range(1, allowedColumn, entry.getValue().size(), allowedColumn))
                        .showErrorMessage(true);
            }
            allowedColumn++;
        }
        for (MemberColumn text : List.of(MemberColumn.ID_CARD_NUMBER, MemberColumn.PHONE, MemberColumn.ORGANIZATION_ID)) {
            int c = columns.indexOf(text);
            members.range(1, c, MemberExchangeService.MAX_IMPORT_ROWS, c).style().format("@").set();
        }
        workbook.finish();
    }

    /** The header row of a member sheet, bold, with widths that fit its content. */
    private static void header(Worksheet sheet, List<String> headers) {
        for (int column = 0; column < headers.size(); column++) {
            sheet.inlineString(0, column, headers.get(column));
            sheet.style(0, column).bold().set();
            sheet.width(column, headers.get(column).equals(MemberColumn.ID_CARD_NUMBER.header())
                    || headers.get(column).equals(MemberColumn.ORGANIZATION_ID.header())
                    || headers.get(column).equals(MemberColumn.MEMBER_ID.header()) ? 30 : 14);
        }
        sheet.freezePane(0, 1);
    }

    /** The rows of the first sheet of an uploaded workbook, read by their headers. */
    record Upload(Set<MemberColumn> columns, List<MemberImportRow> rows) {
    }

    /**
     * Reads the first sheet: row 1 names the columns (ours by their headers; others are ignored),
     * blank rows are skipped, and reading stops past the row limit.
     */
    static Upload read(InputStream file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file);
             Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            Iterator<Row> rows = sheet.iterator();
            if (!rows.hasNext()) {
                throw new ProblemException(BranchError.IMPORT_FILE_EMPTY);
            }
            Map<Integer, MemberColumn> columnAt = new HashMap<>();
            Set<MemberColumn> columns = EnumSet.noneOf(MemberColumn.class);
            for (Cell cell : rows.next()) {
                if (cell != null && cell.getType() == CellType.STRING) {
                    MemberColumn.ofHeader(cell.asString()).filter(columns::add)
                            .ifPresent(column -> columnAt.put(cell.getColumnIndex(), column));
                }
            }
            List<MemberImportRow> read = new ArrayList<>();
            while (rows.hasNext()) {
                Row row = rows.next();
                Map<MemberColumn, String> cells = new EnumMap<>(MemberColumn.class);
                for (Cell cell : row) {
                    MemberColumn column = cell == null ? null : columnAt.get(cell.getColumnIndex());
                    String text = column == null ? null : text(cell, column);
                    if (text != null && !text.isBlank()) {
                        cells.put(column, text);
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                if (read.size() == MemberExchangeService.MAX_IMPORT_ROWS) {
                    throw new ProblemException(BranchError.IMPORT_TOO_MANY_ROWS, MemberExchangeService.MAX_IMPORT_ROWS);
                }
                read.add(new MemberImportRow(row.getRowNum(), cells));
            }
            return new Upload(columns, read);
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            // not a zip, not a workbook, or broken XML inside
            throw new ProblemException(BranchError.IMPORT_FILE_UNREADABLE);
        }
    }

    /** A cell as text: a date cell as yyyy-MM-dd, a number without exponent or trailing zeros. */
    private static String text(Cell cell, MemberColumn column) {
        return switch (cell.getType()) {
            case EMPTY, ERROR -> null;
            case NUMBER -> column == MemberColumn.BIRTH_DATE || column == MemberColumn.JOINED_ON
                    ? cell.asDate().toLocalDate().toString()
                    : cell.asNumber().stripTrailingZeros().toPlainString();
            case STRING -> uninert(cell.asString());
            default -> cell.getText();
        };
    }

    /** A number stays text; text starting like a formula is shown as text, behind an apostrophe. */
    private static String inert(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** The apostrophe {@link #inert} put in front of formula-like text, taken away on import. */
    private static String uninert(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    private static Map<MemberColumn, String> exampleRow() {
        Map<MemberColumn, String> example = new EnumMap<>(MemberColumn.class);
        example.put(MemberColumn.NAME, "李晓梅");
        example.put(MemberColumn.GENDER, "女");
        example.put(MemberColumn.ID_CARD_NUMBER, "11010519491231002X");
        example.put(MemberColumn.ETHNICITY, "汉族");
        example.put(MemberColumn.BIRTH_DATE, "1949-12-31");
        example.put(MemberColumn.EDUCATION, "研究生（硕士）");
        example.put(MemberColumn.STATUS, "预备党员");
        example.put(MemberColumn.JOINED_ON, "2025-06-28");
        example.put(MemberColumn.ORGANIZATION_ID, "01JDZ9Y4K3M8Q2W6E5R7T1V0XA");
        example.put(MemberColumn.POSTS, "组织委员、宣传委员");
        example.put(MemberColumn.PHONE, "13812345678");
        return example;
    }
}
