package cn.partybuilding.common.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem: the caller's mistakes into clear 4xx answers, and
 * real faults into a 500 that names the request id but never a stack trace.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    /** What the service's other modules recognise among the causes of an unexpected failure. */
    @Inject
    Instance<WrappedFailures> wrappedFailures;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers) {
        return ProblemResponses.of(headers, e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers) {
        // a path that names no valid id names nothing: the same 404 as an id that does not exist
        if (e.getConstraintViolations().stream().anyMatch(ProblemExceptionMappers::isOnPathParameter)) {
            return ProblemResponses.of(headers, CommonError.NOT_FOUND, List.of());
        }
        if (e.getConstraintViolations().stream().anyMatch(ProblemExceptionMappers::isMissingBody)) {
            return ProblemResponses.of(headers, CommonError.MISSING_BODY, List.of());
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .collect(Collectors.toList());
        return ProblemResponses.of(headers, CommonError.VALIDATION_FAILED, errors, errors.size());
    }

    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response json(JsonProcessingException e, HttpHeaders headers) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown);
            return ProblemResponses.of(headers, CommonError.UNKNOWN_FIELD,
                    List.of(new FieldError(field, CommonError.UNKNOWN_FIELD.detail(locale(headers), field))), field);
        }
        if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = jsonPath(mismatched);
            return ProblemResponses.of(headers, CommonError.INVALID_FIELD_VALUE,
                    List.of(new FieldError(field, CommonError.INVALID_FIELD_VALUE.detail(locale(headers), field))), field);
        }
        if (e instanceof MismatchedInputException) {
            return ProblemResponses.of(headers, CommonError.MISSING_BODY, List.of());
        }
        JsonLocation location = e.getLocation();
        return ProblemResponses.of(headers, CommonError.MALFORMED_JSON, List.of(),
                location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, HttpHeaders headers) {
        return ProblemResponses.of(headers, CommonError.UNAUTHENTICATED, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers) {
        return ProblemResponses.of(headers, CommonError.FORBIDDEN, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return json(json, headers);
        }
        if (cause instanceof ProblemException problem) {
            return ProblemResponses.of(headers, problem);
        }
        ErrorCode code;
        if (e instanceof NotFoundException && e.getCause() != null) {
            // a value no converter of ParameterConverters handles: JAX-RS calls it 404 and does not say which
            return unnamedParameter(headers);
        } else if (e instanceof NotFoundException) {
            code = CommonError.NOT_FOUND;
        } else if (e instanceof NotAllowedException) {
            code = CommonError.METHOD_NOT_ALLOWED;
        } else if (e instanceof NotSupportedException) {
            code = CommonError.UNSUPPORTED_MEDIA_TYPE;
        } else if (e instanceof NotAcceptableException) {
            code = CommonError.NOT_ACCEPTABLE;
        } else if (e.getResponse().getStatus() == 413) {
            code = CommonError.PAYLOAD_TOO_LARGE;
        } else if (e.getResponse().getStatus() < 500) {
            return unnamedParameter(headers);
        } else {
            return unexpected(e, headers);
        }
        Response response = ProblemResponses.of(headers, code, List.of());
        if (e instanceof NotAllowedException && !e.getResponse().getAllowedMethods().isEmpty()) {
            return Response.fromResponse(response).allow(e.getResponse().getAllowedMethods()).build();
        }
        return response;
    }

    /**
     * Everything else. A known failure may arrive wrapped (a unique key violated at commit comes
     * through the transaction interceptor as a RollbackException), so the causes are searched first:
     * for problems here, for database failures by {@link WrappedFailures} of the persistence part.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpHeaders headers) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, headers);
            }
            for (WrappedFailures known : wrappedFailures) {
                Response answer = known.answer(cause, headers);
                if (answer != null) {
                    return answer;
                }
            }
        }
        String requestId = headers == null ? null : headers.getHeaderString(cn.partybuilding.common.http.RequestIds.HEADER);
        LOG.errorf(e, "Unexpected failure (request %s)", requestId);
        return ProblemResponses.of(headers, CommonError.INTERNAL_ERROR, List.of(), requestId);
    }

    /**
     * A null entity parameter: the request had no body. Entity parameters are the ones without a
     * JAX-RS annotation.
     */
    static boolean isMissingBody(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null) {
            return false;
        }
        Annotation[] annotations = parameterAnnotations(violation);
        return annotations != null && java.util.Arrays.stream(annotations)
                .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs"));
    }

    /** A violation on a {@code @PathParam} itself (not on a body field). */
    static boolean isOnPathParameter(ConstraintViolation<?> violation) {
        Annotation[] annotations = parameterAnnotations(violation);
        return annotations != null && java.util.Arrays.stream(annotations).anyMatch(PathParam.class::isInstance);
    }

    /**
     * The annotations of the resource method parameter the violation is about, or {@code null} when
     * it is about something inside a parameter. They sit on the resource class, not on Quarkus'
     * interceptor subclass.
     */
    private static Annotation[] parameterAnnotations(ConstraintViolation<?> violation) {
        String method = null;
        Integer index = null;
        int depth = 0;
        for (Path.Node node : violation.getPropertyPath()) {
            depth++;
            if (node.getKind() == ElementKind.METHOD) {
                method = node.getName();
            } else if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        if (method == null || index == null || depth != 2) {
            return null;
        }
        for (Class<?> type = violation.getRootBeanClass(); type != null; type = type.getSuperclass()) {
            for (java.lang.reflect.Method candidate : type.getDeclaredMethods()) {
                if (candidate.getName().equals(method) && candidate.getParameterCount() > index
                        && candidate.getParameterAnnotations()[index].length > 0) {
                    return candidate.getParameterAnnotations()[index];
                }
            }
        }
        return null;
    }

    /** A parameter that failed where its name is not known: still 400, still no Java text. */
    private static Response unnamedParameter(HttpHeaders headers) {
        String someParameter = ProblemLocale.isEnglish(locale(headers)) ? "of the query, path or headers" : "（查询、路径或请求头中）";
        return ProblemResponses.of(headers, CommonError.INVALID_PARAMETER, List.of(), someParameter);
    }

    private static java.util.Locale locale(HttpHeaders headers) {
        return ProblemLocale.choose(headers == null ? null : headers.getAcceptableLanguages());
    }

    /** "create.request.address.city" becomes "address.city": the JSON path the client sent. */
    static String fieldPath(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean startsWithParameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + node.getIndex() + "]");
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                startsWithParameter |= names.isEmpty() && kind == ElementKind.PARAMETER;
                names.add(name);
            }
        }
        // A body parameter's own name is not part of the JSON the client sent; a query parameter's is.
        if (startsWithParameter && names.size() > 1) {
            names.remove(0);
        }
        return String.join(".", names);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
