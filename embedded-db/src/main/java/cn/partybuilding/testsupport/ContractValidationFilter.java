package cn.partybuilding.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks every {@code /v1} exchange a test makes against an OpenAPI contract, so that no response can
 * drift from the document clients are generated from. Every response is checked: status, headers,
 * content type, and, for JSON, the body including fields the contract does not name. The request is
 * checked too unless the service refused it with a 4xx: then the service and the contract agree it was
 * bad, which is what tests of junk ids, fuzz and invalid bodies send on purpose. Bodies that are not
 * JSON (CSV, Excel, PNG, PDF, HTML) are checked for status and content type only.
 */
public final class ContractValidationFilter implements OrderedFilter {

    private static final String API_PREFIX = "/v1";
    private static final Set<String> UNDOCUMENTED_OPERATION =
            Set.of("validation.request.path.missing", "validation.request.operation.notAllowed");
    private static final String PROBLEM = "application/problem+json";

    private final OpenApiInteractionValidator validator;

    private ContractValidationFilter(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** A filter for the OpenAPI 3.1 contract in the file {@code contract}. */
    public static ContractValidationFilter forContract(Path contract) {
        try {
            return forDocument(Files.readString(contract));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filter for an OpenAPI 3.1 document given as YAML or JSON text. */
    public static ContractValidationFilter forDocument(String openApi31) {
        return new ContractValidationFilter(OpenApiInteractionValidator
                .createForInlineApiSpecification(OpenApi30.from(openApi31))
                .withLevelResolver(LevelResolver.create()
                        // an undocumented field is drift as much as a wrong type
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        // date-time filters take a plain date too, as their descriptions say: in
                        // OpenAPI 3.1 a format annotates a parameter, and the service checks the value
                        .withLevel("validation.request.parameter.schema.format.date-time", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    @Override
    public io.restassured.response.Response filter(FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec, FilterContext context) {
        io.restassured.response.Response response = context.next(requestSpec, responseSpec);
        String path = URI.create(requestSpec.getURI()).getRawPath();
        if (!path.equals(API_PREFIX) && !path.startsWith(API_PREFIX + "/")) {
            return response;
        }
        Request request = RestAssuredRequest.of(requestSpec);
        ValidationReport report = validator.validateResponse(path, request.getMethod(), RestAssuredResponse.of(response));
        if (!isJson(response)) {
            report = withoutBodyChecks(report);
        }
        boolean refused = response.statusCode() >= 400 && response.statusCode() < 500;
        if (refused && report.getMessages().stream().anyMatch(m -> UNDOCUMENTED_OPERATION.contains(m.getKey()))) {
            // a path or method the contract does not have: all that is promised is a problem
            report = problemContentType(response);
        } else if (!refused) {
            report = report.merge(validator.validateRequest(request));
        }
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + requestSpec.getURI() + " → " + response.statusCode()
                    + " does not match the contract:\n" + describe(report) + "\nresponse body: " + bodyExcerpt(response));
        }
        return response;
    }

    /** Outermost, so it judges the request and the response the test itself sees. */
    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    private static ValidationReport problemContentType(io.restassured.response.Response response) {
        String contentType = Optional.ofNullable(response.contentType()).orElse("");
        if (contentType.startsWith(PROBLEM)) {
            return ValidationReport.empty();
        }
        return ValidationReport.singleton(ValidationReport.Message.create("validation.response.contentType.notAllowed",
                "an undocumented path or method must answer " + PROBLEM + ", not '" + contentType + "'")
                .build().withLevel(ValidationReport.Level.ERROR));
    }

    private static boolean isJson(io.restassured.response.Response response) {
        String contentType = Optional.ofNullable(response.contentType()).orElse("");
        return contentType.isEmpty() || contentType.contains("json");
    }

    /** CSV, Excel, PNG, PDF and HTML bodies are not held against a schema; status, headers and content type are. */
    private static ValidationReport withoutBodyChecks(ValidationReport report) {
        return ValidationReport.from(report.getMessages().stream()
                .filter(message -> !message.getKey().startsWith("validation.response.body"))
                .toList());
    }

    private static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "  - [" + message.getKey() + "] " + message.getMessage()
                        + nested(message.getNestedMessages()))
                .collect(Collectors.joining("\n"));
    }

    private static String nested(List<ValidationReport.Message> messages) {
        return messages.stream().map(m -> "\n      " + m.getMessage()).collect(Collectors.joining());
    }

    private static String bodyExcerpt(io.restassured.response.Response response) {
        String body = response.asString();
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }
}
