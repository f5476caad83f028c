package cn.partybuilding.common.problem;

/**
 * Thrown by services to answer with a problem response. Carries no stack trace: it is an expected
 * outcome, not a fault. A problem about one request field names it, so the response lists it in
 * {@code errors} like a bean-validation failure.
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode errorCode;
    private final transient Object[] args;
    private final String field;

    public ProblemException(ErrorCode errorCode, Object... args) {
        this(errorCode, null, args);
    }

    private ProblemException(ErrorCode errorCode, String field, Object[] args) {
        super(errorCode.name(), null, false, false);
        this.errorCode = errorCode;
        this.args = args;
        this.field = field;
    }

    /** The same problem, about the request field at this JSON path. */
    public static ProblemException forField(String field, ErrorCode errorCode, Object... args) {
        return new ProblemException(errorCode, field, args);
    }

    public static ProblemException notFound() {
        return new ProblemException(CommonError.NOT_FOUND);
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }
}
