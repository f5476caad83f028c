package cn.partybuilding.common.problem;

import cn.partybuilding.common.http.RequestIds;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem responses in the caller's language. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(HttpHeaders headers, ErrorCode code, List<FieldError> errors, Object... args) {
        Locale locale = ProblemLocale.choose(headers == null ? null : headers.getAcceptableLanguages());
        String requestId = headers == null ? null : headers.getHeaderString(RequestIds.HEADER);
        Problem problem = Problem.of(code, locale, requestId, errors, args);
        Response.ResponseBuilder builder = Response.status(code.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (code.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    public static Response of(HttpHeaders headers, ProblemException problem) {
        Locale locale = ProblemLocale.choose(headers == null ? null : headers.getAcceptableLanguages());
        List<FieldError> errors = problem.field() == null
                ? List.of()
                : List.of(new FieldError(problem.field(), problem.fieldMessage(locale)));
        return of(headers, problem.errorCode(), errors, problem.args());
    }
}
