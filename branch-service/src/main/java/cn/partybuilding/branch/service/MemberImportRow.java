package cn.partybuilding.branch.service;

import java.util.Map;

/**
 * One row of an import file: its row number as the spreadsheet shows it, and the text of each
 * column it has (dates already written as {@code yyyy-MM-dd} when the cell held a date).
 */
public record MemberImportRow(int row, Map<MemberColumn, String> cells) {

    /** The trimmed text of a column, or null when the row leaves it empty. */
    String text(MemberColumn column) {
        String text = cells.get(column);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
