package cn.partybuilding.branch.service;

import cn.partybuilding.common.problem.ErrorCode;
import java.util.List;

/**
 * An import file with errors: nothing was written. Each error names the row and column of the
 * cell, so the answer can say {@code 第12行 身份证号码} in the caller's language.
 */
public class MemberImportRejected extends RuntimeException {

    /** What is wrong with one cell; the header row (1) is named for a missing column. */
    public record CellError(int row, String column, ErrorCode code, Object... args) {
    }

    private final transient List<CellError> errors;

    public MemberImportRejected(List<CellError> errors) {
        super(BranchError.IMPORT_ROWS_INVALID.name(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<CellError> errors() {
        return errors;
    }
}
