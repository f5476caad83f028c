package cn.partybuilding.common.openapi;

import cn.partybuilding.common.http.IdempotencyHeaders;
import java.util.List;
import java.util.Map;
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

/**
 * Documents what every operation shares, once, instead of on each method: the problem responses
 * (400, 401, 403, 404, 406, 412, 415, 422, 500) with the {@code Problem} schema, the
 * {@code Idempotency-Key} header of POSTs and the {@code If-Match} header of updates. Responses an
 * operation documents itself are kept; only the generic ones it lacks are added.
 */
public class StandardResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String FIELD_ERROR_REF = "#/components/schemas/FieldError";
    private static final String IF_MATCH_DESCRIPTION =
            "上次读取时的 ETag；资源已被修改则返回 412 / The ETag last read; 412 when the resource changed since";

    /**
     * A decimal's places are stated by the field's own pattern, as in the released v1 contract, and
     * never by the {@code multipleOf} that {@code @Digits} produces on numbers: validators compute
     * {@code multipleOf: 0.01} in binary floating point and refuse valid values such as 92.57.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        schema.setMultipleOf(null);
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ensureProblemSchema(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathId = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                document(entry.getKey(), entry.getValue(), hasPathId);
            }
        }
    }

    private void document(PathItem.HttpMethod method, Operation operation, boolean hasPathId) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
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
                                + "Idempotency key: a retry with the same key and body returns the first response and writes nothing; keys expire after 24 h",
                        "7f1c9e36-5a0b-4c55-9d0e-2f7f4a8c1b2d");
                problem(responses, "409", "冲突：数据重复、状态不允许，或相同幂等键的请求仍在处理 / Conflict: duplicate, state does not allow it, or a request with this Idempotency-Key is in progress");
                problem(responses, "422", "幂等键已用于内容不同的请求 / The Idempotency-Key was used for a different request");
            }
            case PUT, PATCH, DELETE -> {
                addHeader(operation, "If-Match", IF_MATCH_DESCRIPTION, "\"0\"");
                problem(responses, "409", "冲突：并发修改或状态不允许 / Conflict: concurrent modification or the state does not allow it");
            }
            default -> {
            }
        }
        if (hasParameter(operation, "If-Match")) {
            problem(responses, "412", "If-Match 版本已过期 / The If-Match version is stale");
        }
        problem(responses, "500", "服务器内部错误（响应含请求编号） / Internal error; the response names the request id");
        describeCommonParameters(operation);
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
                parameter.setExample("01JDZ9Y4K3M8Q2W6E5R7T1V0XA");
            } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                parameter.setDescription(IF_MATCH_DESCRIPTION);
                parameter.setExample("\"0\"");
            }
        }
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    private static void problem(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
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

    private static void addHeader(Operation operation, String name, String description, String example) {
        if (hasParameter(operation, name)) {
            return;
        }
        operation.addParameter(OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(description)
                .example(example)
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
