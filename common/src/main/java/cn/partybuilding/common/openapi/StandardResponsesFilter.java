package cn.partybuilding.common.openapi;

import cn.partybuilding.common.http.IdempotencyHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents what every operation shares, once, instead of on each method: the problem responses
 * (400, 401, 403, 404, 406, 412, 415, 422, 429, 500, 503, 504) with the {@code Problem} schema, the
 * response headers ({@code ETag}, {@code Location}, {@code RateLimit-*}, {@code Retry-After}), the
 * {@code Idempotency-Key} header of POSTs, the {@code If-Match} header of updates and the roles each
 * operation needs (read from the security requirement Quarkus derives from {@code @RolesAllowed}).
 * Responses an operation documents itself are kept; only the generic ones it lacks are added. It also
 * keeps Java out of the schemas: no {@code Instant} or {@code LocalDate} components (inline
 * {@code string} with a format instead) and no {@code type} beside a {@code $ref}, which generators
 * warn about.
 */
public class StandardResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String FIELD_ERROR_REF = "#/components/schemas/FieldError";
    private static final String IF_MATCH_DESCRIPTION =
            "上次读取时的 ETag；资源已被修改则返回 412 / The ETag last read; 412 when the resource changed since";
    private static final String HEADERS = "#/components/headers/";
    private static final String ETAG = "ETag";
    private static final String LOCATION = "Location";
    private static final String RETRY_AFTER = "Retry-After";
    private static final List<String> RATE_LIMIT_HEADERS = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    /** Java types SmallRye names schemas after, and the string format each stands for. */
    private static final Map<String, String> JAVA_TIME_FORMATS = Map.of(
            "Instant", "date-time", "OffsetDateTime", "date-time", "ZonedDateTime", "date-time",
            "LocalDateTime", "date-time", "LocalDate", "date", "LocalTime", "time", "Duration", "duration");
    private static final String SCHEMAS = "#/components/schemas/";
    /** What Quarkus writes for the 401 and 403 of a secured operation: English only. */
    private static final List<String> QUARKUS_DEFAULT_DESCRIPTIONS = List.of("Not Authorized", "Not Allowed");
    /** A scope names what a machine client may do ({@code members:write}); a role never holds a colon. */
    private static final String SCOPE_MARK = ":";

    /**
     * A decimal's places are stated by the field's own pattern, as in the released v1 contract, and
     * never by the {@code multipleOf} that {@code @Digits} produces on numbers: validators compute
     * {@code multipleOf: 0.01} in binary floating point and refuse valid values such as 92.57.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        schema.setMultipleOf(null);
        String ref = schema.getRef();
        if (ref != null && ref.startsWith(SCHEMAS) && JAVA_TIME_FORMATS.containsKey(ref.substring(SCHEMAS.length()))) {
            schema.setRef(null);
            schema.setType(List.of(Schema.SchemaType.STRING));
            schema.setFormat(JAVA_TIME_FORMATS.get(ref.substring(SCHEMAS.length())));
        } else if (ref != null) {
            schema.setType(null);
        }
        describeEnumValues(schema);
        return schema;
    }

    /**
     * An enum whose description names each value ({@code BRANCH 党支部, PARTY_GROUP 党小组}) gets the
     * names as {@code x-enum-descriptions} too, which generators put beside the constants.
     */
    private static void describeEnumValues(Schema schema) {
        if (schema.getEnumeration() == null || schema.getDescription() == null) {
            return;
        }
        List<Object> names = new ArrayList<>();
        for (Object value : schema.getEnumeration()) {
            Matcher name = Pattern.compile("(?<![A-Z_])" + Pattern.quote(String.valueOf(value)) + " ([^,]+)")
                    .matcher(schema.getDescription());
            if (!name.find()) {
                return;
            }
            names.add(name.group(1).trim());
        }
        schema.addExtension("x-enum-descriptions", names);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
        ensureHeaders(openAPI.getComponents());
        JAVA_TIME_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathId = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), hasPathId);
                describePathParameters(path.getKey(), entry.getValue());
                describeDatesForDateTimes(entry.getValue());
                describeRoles(entry.getValue());
            }
        }
    }

    /**
     * Ends the description with the roles (and scopes) the operation needs, as the security requirement
     * Quarkus derives from {@code @RolesAllowed} lists them: Swagger UI shows no requirement's scopes.
     */
    private static void describeRoles(Operation operation) {
        List<String> roles = new ArrayList<>();
        List<String> scopes = new ArrayList<>();
        boolean secured = isSecured(operation);
        if (secured && operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                requirement.getSchemes().values().forEach(names -> names.forEach(name -> {
                    List<String> kind = name.contains(SCOPE_MARK) ? scopes : roles;
                    if (!kind.contains(name)) {
                        kind.add(name);
                    }
                }));
            }
        }
        String line;
        if (!secured) {
            line = "角色 / Roles: 无需令牌 / none, no token needed";
        } else if (roles.isEmpty() && scopes.isEmpty()) {
            line = "角色 / Roles: 任何已登录用户 / any signed-in caller";
        } else {
            line = "角色 / Roles: " + (roles.isEmpty() ? "—" : String.join(", ", roles));
            if (!scopes.isEmpty()) {
                line += "\n\n权限范围 / Scopes: " + String.join(", ", scopes);
            }
        }
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
    }

    /** Without a requirement of its own an operation falls under the document's; an empty list opts out. */
    private static boolean isSecured(Operation operation) {
        return operation.getSecurity() == null || !operation.getSecurity().isEmpty();
    }

    /**
     * A date-time query parameter takes a plain date too ({@code ParameterConverters}: the start of
     * that day in China time; for {@code to} the whole day). The format stays {@code date-time}, as
     * v1 was released (in OpenAPI 3.1 a format annotates, it does not forbid); the description
     * states the second form, and the service checks both.
     */
    private static void describeDatesForDateTimes(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema schema = parameter.getSchema();
            if (parameter.getIn() == Parameter.In.QUERY && schema != null && "date-time".equals(schema.getFormat())) {
                parameter.setDescription(parameter.getDescription() + "（日期或带时区的时间，如 2026-03-01 或 2026-03-01T14:30:00+08:00；"
                        + "只给日期按北京时间当日零点计，to 含当日） / (a date or a date-time with an offset, e.g. 2026-03-01 or "
                        + "2026-03-01T14:30:00+08:00; a date alone is that day from midnight China time, and to includes it)");
            }
        }
    }

    /** Path ids get an example the demo data holds, so that "Try it out" finds it, or none. */
    private static void describePathParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.PATH) {
                parameter.setExample(ExampleIds.forPathParameter(path, parameter.getName()));
            }
        }
    }

    private void document(PathItem.HttpMethod method, Operation operation, boolean hasPathId) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = isSecured(operation);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();

        if (hasBody || hasParameters) {
            problem(responses, "400", "请求不合法（格式、类型或校验错误） / Invalid request: malformed JSON, wrong type or failed validation");
        }
        if (secured) {
            problem(responses, "401", "缺少或无效的访问令牌 / Missing or invalid bearer token");
            problem(responses, "403", "角色无权执行此操作 / The caller's role may not perform this operation");
        }
        if (hasPathId) {
            problem(responses, "404", "资源不存在或不在调用方的组织范围内 / Not found, or outside the caller's organization subtree");
        }
        problem(responses, "406", "无法以 Accept 要求的格式响应 / Cannot answer in a format the Accept header allows");
        if (hasBody) {
            problem(responses, "415", "请求体须为 application/json / The request body must be application/json");
        }
        switch (method) {
            case POST -> {
                addHeader(operation, IdempotencyHeaders.KEY,
                        "幂等键：相同键与相同请求体的重试返回首次结果，不重复写入；键 24 小时后过期 / "
                                + "Idempotency key: a retry with the same key and body returns the first response and writes nothing; keys expire after 24 h. "
                                + "每次新的写入用新的唯一值（如 UUID），重试时沿用原值 / A new unique value (e.g. a UUID) for each new write, the same one for its retries");
                problem(responses, "409", "冲突：数据重复、状态不允许，或相同幂等键的请求仍在处理 / Conflict: duplicate, state does not allow it, or a request with this Idempotency-Key is in progress");
                problem(responses, "422", "幂等键已用于内容不同的请求 / The Idempotency-Key was used for a different request");
            }
            case PUT, PATCH, DELETE -> {
                addHeader(operation, "If-Match", IF_MATCH_DESCRIPTION);
                problem(responses, "409", "冲突：并发修改或状态不允许 / Conflict: concurrent modification or the state does not allow it");
            }
            default -> {
            }
        }
        if (hasParameter(operation, "If-Match")) {
            problem(responses, "412", "If-Match 版本已过期 / The If-Match version is stale");
        }
        problem(responses, "429", "请求过多，请在 Retry-After 秒后重试 / Too many requests; retry after Retry-After seconds");
        problem(responses, "500", "服务器内部错误（响应含请求编号） / Internal error; the response names the request id");
        problem(responses, "503", "服务暂不可用（熔断、停机或依赖的服务不可用），可稍后重试 / Unavailable: a circuit is open, the service is stopping or one it needs is down; retry later");
        problem(responses, "504", "服务未在时限内响应 / The service did not answer in time");
        addResponseHeaders(method, responses, hasPathId);
        describeCommonParameters(operation);
    }

    /**
     * ETag on the single resources reads and writes answer with (not on pages), Location on 201, and the
     * rate limit on 429 and 503, whose Retry-After says when to try again.
     */
    private static void addResponseHeaders(PathItem.HttpMethod method, APIResponses responses, boolean hasPathId) {
        APIResponse ok = responses.getAPIResponse("200");
        if (method == PathItem.HttpMethod.GET && hasPathId && ok != null && returnsSingleResource(ok)
                && !responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("未修改：If-None-Match 与当前 ETag 相同，无响应体 / Not modified: If-None-Match names the current ETag; no body"));
        }
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            String status = entry.getKey();
            APIResponse response = entry.getValue();
            boolean single = (hasPathId || method != PathItem.HttpMethod.GET) && returnsSingleResource(response);
            if (("200".equals(status) || "201".equals(status)) && single || "304".equals(status)) {
                header(response, ETAG);
            }
            if ("201".equals(status)) {
                header(response, LOCATION);
            }
            if ("429".equals(status)) {
                RATE_LIMIT_HEADERS.forEach(name -> header(response, name));
            }
            if ("429".equals(status) || "503".equals(status)) {
                header(response, RETRY_AFTER);
            }
        }
    }

    private static boolean returnsSingleResource(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaType("application/json") == null) {
            return false;
        }
        Schema schema = response.getContent().getMediaType("application/json").getSchema();
        return schema != null && schema.getRef() != null && !schema.getRef().endsWith("Page");
    }

    private static void header(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            response.addHeader(name, OASFactory.createHeader().ref(HEADERS + name));
        }
    }

    private static void ensureHeaders(Components components) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        descriptions.put(ETAG, "资源当前版本，用于 If-Match 与 If-None-Match / The resource's version, for If-Match and If-None-Match");
        descriptions.put(LOCATION, "新资源的地址 / The new resource's URL");
        descriptions.put("RateLimit-Limit", "时间窗内允许的请求数 / Requests allowed in the window");
        descriptions.put("RateLimit-Remaining", "时间窗内剩余的请求数 / Requests left in the window");
        descriptions.put("RateLimit-Reset", "距时间窗重置的秒数 / Seconds until the window resets");
        descriptions.put(RETRY_AFTER, "建议重试前等待的秒数 / Seconds to wait before retrying");
        descriptions.forEach((name, description) -> {
            if (components.getHeaders() == null || !components.getHeaders().containsKey(name)) {
                boolean integer = name.startsWith("RateLimit") || RETRY_AFTER.equals(name);
                components.addHeader(name, OASFactory.createHeader().description(description)
                        .schema(OASFactory.createSchema().addType(integer ? Schema.SchemaType.INTEGER : Schema.SchemaType.STRING)));
            }
        });
    }

    /** Path ids and If-Match headers declared by resources get the shared wording. */
    private static void describeCommonParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getDescription() != null) {
                continue;
            }
            if (parameter.getIn() == Parameter.In.PATH && "id".equals(parameter.getName())) {
                parameter.setDescription("资源编号（不透明字符串） / The resource's opaque id");
            } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.setDescription(IF_MATCH_DESCRIPTION);
            }
        }
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    private static void problem(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && QUARKUS_DEFAULT_DESCRIPTIONS.contains(existing.getDescription())) {
            existing.setDescription(description);
        }
        if (existing != null && existing.getContent() != null && !existing.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        if (existing != null) {
            existing.setContent(content);
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
    }

    /** A request header, described and without an example: Swagger UI would send the example with every request. */
    private static void addHeader(Operation operation, String name, String description) {
        if (hasParameter(operation, name)) {
            return;
        }
        operation.addParameter(OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("FieldError")) {
            components.addSchema("FieldError", OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("字段错误 / A field that failed validation")
                    .addProperty("field", string("字段的 JSON 路径 / JSON path of the field"))
                    .addProperty("message", string("错误说明 / What is wrong")));
        }
        if (!components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 错误响应 / RFC 9457 problem details")
                    .required(List.of("type", "title", "status", "code"))
                    .addProperty("type", string("问题类型 URI / Problem type URI"))
                    .addProperty("title", string("简短标题 / Short title"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                    .addProperty("detail", string("具体说明 / Explanation"))
                    .addProperty("code", string("稳定的错误代码 / Stable error code"))
                    .addProperty("requestId", string("请求编号 / Request id"))
                    .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref(FIELD_ERROR_REF))));
        }
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
