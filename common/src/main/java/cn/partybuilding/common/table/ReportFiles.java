package cn.partybuilding.common.table;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as a file to download: tables under Chinese headers, as CSV (UTF-8 with a BOM, CRLF,
 * text quoted, numbers bare) or as an Excel workbook with one sheet per table. Text that a
 * spreadsheet program would take for a formula is neutralised behind an apostrophe (OWASP CSV
 * injection): an organization may be named {@code =HYPERLINK(...)}.
 */
public final class ReportFiles {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A UTF-8 BOM, so that spreadsheet programs read the Chinese headers. */
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final CsvMapper MAPPER = new CsvMapper();

    /** What makes a spreadsheet program read a text cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** One table: its sheet name (Excel), its headers and its rows; a cell is text, a number or null (empty). */
    public record Table(String name, List<String> headers, List<List<Object>> rows) {
    }

    private ReportFiles() {
    }

    /**
     * The answer the Accept header asks for: the tables as a CSV or Excel download named
     * {@code fileName}.csv or .xlsx, else {@code json} as JSON.
     */
    public static Response negotiate(String accept, String fileName, Supplier<List<Table>> tables, Supplier<Object> json) {
        if (accept != null && accept.contains(CSV)) {
            return download(csv(tables.get()), CSV + ";charset=UTF-8", fileName + ".csv");
        }
        if (accept != null && accept.contains(XLSX)) {
            return download(xlsx(tables.get()), XLSX, fileName + ".xlsx");
        }
        return Response.ok(json.get(), MediaType.APPLICATION_JSON).build();
    }

    private static Response download(byte[] file, String mediaType, String fileName) {
        return Response.ok(file, mediaType).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** A number stays a number; text starting like a formula is shown as text, behind an apostrophe. */
    public static Object inert(Object cell) {
        return cell instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : cell;
    }

    /** The tables one after another, each under its header row, an empty line between two tables. */
    public static byte[] csv(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(UTF8_BOM);
        try {
            for (int t = 0; t < tables.size(); t++) {
                Table table = tables.get(t);
                if (t > 0) {
                    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                CsvSchema columns = CsvSchema.builder().addColumns(table.headers(), CsvSchema.ColumnType.NUMBER_OR_STRING)
                        .setLineSeparator("\r\n").build();
                // the header row as plain words; every text cell quoted, empty ones too, and numbers bare
                ObjectWriter header = MAPPER.writer(columns);
                header.writeValue(out, table.headers());
                header.withFeatures(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS, CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
                        .writeValue(out, table.rows().stream().map(ReportFiles::inertRow).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One sheet per table, the header row in bold. */
    public static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "party-building", "1.0");
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.name());
                for (int column = 0; column < table.headers().size(); column++) {
                    sheet.value(0, column, table.headers().get(column));
                    sheet.style(0, column).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int column = 0; column < row.size(); column++) {
                        Object cell = inert(row.get(column));
                        if (cell instanceof Number number) {
                            sheet.value(r + 1, column, number);
                        } else if (cell != null) {
                            sheet.value(r + 1, column, String.valueOf(cell));
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<Object> inertRow(List<Object> row) {
        return row.stream().map(ReportFiles::inert).toList();
    }
}
