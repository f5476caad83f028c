package cn.partybuilding.common.problem;

import java.util.Locale;
import java.util.function.Function;

/**
 * Thrown by services to answer with a problem response. Carries no stack trace: it is an expected
 * outcome, not a fault. A problem about one request field names it, so the response lists it in
 * {@code errors} like a bean-validation failure.
 */
public class ProblemException extends RuntimeException {

    private final ErrorCode errorCode;
    private final transient Object[] args;
    private final String field;
    private final transient Function<Locale, String> fieldMessage;

    public ProblemException(ErrorCode errorCode, Object... args) {
        this(errorCode, null, null, args);
    }

    private ProblemException(ErrorCode errorCode, String field, Function<Locale, String> fieldMessage, Object[] args) {
        super(errorCode.name(), null, false, false);
        this.errorCode = errorCode;
        this.args = args;
        this.field = field;
        this.fieldMessage = fieldMessage;
    }

    /** The same problem, about the request field at this JSON path. */
    public static ProblemException forField(String field, ErrorCode errorCode, Object... args) {
        return new ProblemException(errorCode, field, null, args);
    }

    /**
     * A query, path or header parameter whose value does not convert: 400 {@code INVALID_PARAMETER}
     * naming it, with what the value should look like in {@code errors[]}.
     */
    public static ProblemException forParameter(String name, Function<Locale, String> whatIsExpected) {
        return new ProblemException(CommonError.INVALID_PARAMETER, name, whatIsExpected, new Object[]{name});
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

    /** The message for {@code errors[]}: the field's own, or the problem's detail. */
    public String fieldMessage(Locale locale) {
        return fieldMessage != null ? fieldMessage.apply(locale) : errorCode.detail(locale, args);
    }
}
