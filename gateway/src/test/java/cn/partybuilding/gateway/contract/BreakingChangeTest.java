package cn.partybuilding.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * {@code contract/openapi.yaml} must stay backward compatible with the released v1 contract,
 * {@code contract/released/v1/openapi.yaml}; a breaking change needs a {@code /v2} path family
 * instead (see {@code contract/released/README.md}). openapi-diff decides what breaks a client, by
 * what goes over the wire: paths, methods, parameters, request and response fields and their types,
 * with every {@code $ref} resolved. Names that never reach the wire, operationIds and schema names,
 * may change (they did, from {@code OrganizationResource_list} and {@code Instant} to
 * {@code listOrganizations} and inline date-times); a generated client's method and class names change
 * with them, which is a regeneration, not a broken call. It does not count removing a response
 * property as breaking unless the schema lists the property as {@code required}, and our response
 * schemas list none: reviewers have to catch that one.
 */
class BreakingChangeTest {

    private static final Path RELEASED_V1 = Path.of("../contract/released/v1/openapi.yaml");
    private static final Path CURRENT = Path.of("../contract/openapi.yaml");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String CHILDREN = "/v1/organizations/{id}/children";

    // swagger-parser puts an OpenAPI 3.1 schema's type into Schema.getTypes() and leaves getType()
    // null, which is all openapi-diff compares: without this a changed type goes unnoticed
    // (OpenAPITools/openapi-diff#745). The property makes getType() answer a single-entry types.
    @BeforeAll
    static void letOpenApiDiffSeeOpenApi31Types() {
        System.setProperty(Schema.BIND_TYPE_AND_TYPES, "true");
    }

    @AfterAll
    static void unbindOpenApi31Types() {
        System.clearProperty(Schema.BIND_TYPE_AND_TYPES);
    }

    @Test
    void currentContractIsBackwardCompatibleWithReleasedV1() throws IOException {
        ChangedOpenApi diff = compare(Files.readString(RELEASED_V1), Files.readString(CURRENT));
        assertFalse(diff.isIncompatible(), () -> "contract/openapi.yaml breaks the released v1 contract; put the"
                + " change under a new /v2 path family instead (contract/released/README.md). Broken:\n" + report(diff));
    }

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                Arguments.of("remove an operation", edit(doc -> doc.withObject("/paths").remove(CHILDREN)),
                        "GET " + CHILDREN + ": removed"),
                Arguments.of("make an optional query parameter required",
                        edit(doc -> parameter(doc, CHILDREN, "cursor").put("required", true)),
                        "GET " + CHILDREN + ": parameters"),
                Arguments.of("remove a response",
                        edit(doc -> pathItem(doc, CHILDREN).withObject("/get/responses").remove("200")),
                        "GET " + CHILDREN + ": responses"),
                Arguments.of("add a required request property", edit(doc -> {
                    ObjectNode request = schema(doc, "CreateOrganizationRequest");
                    request.withObject("/properties").putObject("secretaryId").put("type", "string");
                    request.withArray("required").add("secretaryId");
                }), "POST /v1/organizations: request body"),
                Arguments.of("change a request property's type",
                        edit(doc -> schema(doc, "CreateOrganizationRequest").withObject("/properties/code")
                                .put("type", "integer")),
                        "POST /v1/organizations: request body"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingEdits")
    void breakingEditOfReleasedContractIsIncompatible(String description, Consumer<ObjectNode> edit,
            String expectedChange) throws IOException {
        ChangedOpenApi diff = compareReleasedWith(edit);
        assertTrue(diff.isIncompatible(), () -> description + " was not reported as breaking:\n" + report(diff));
        String changes = String.join("\n", incompatibleChanges(diff));
        assertTrue(changes.contains(expectedChange), () -> "expected '" + expectedChange + "' in:\n" + changes);
    }

    static Stream<Arguments> compatibleEdits() {
        return Stream.of(
                Arguments.of("add an operation", edit(doc -> {
                    ObjectNode descendants = pathItem(doc, CHILDREN).deepCopy();
                    descendants.withObject("/get").put("operationId", "listDescendantOrganizations");
                    doc.withObject("/paths").set("/v1/organizations/{id}/descendants", descendants);
                })),
                Arguments.of("add an optional query parameter", edit(doc -> pathItem(doc, CHILDREN)
                        .withArray("/get/parameters").addObject().put("name", "type").put("in", "query")
                        .set("schema", YAML.createObjectNode().put("$ref", "#/components/schemas/OrganizationType")))),
                Arguments.of("add an optional request property", edit(doc -> schema(doc, "CreateOrganizationRequest")
                        .withObject("/properties").putObject("remark").put("type", "string"))),
                Arguments.of("add a response property", edit(doc -> schema(doc, "Organization")
                        .withObject("/properties").putObject("memberCount").put("type", "integer"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("compatibleEdits")
    void compatibleEditOfReleasedContractIsCompatible(String description, Consumer<ObjectNode> edit)
            throws IOException {
        ChangedOpenApi diff = compareReleasedWith(edit);
        assertTrue(diff.isDifferent(), description + " changed nothing the diff can see");
        assertFalse(diff.isIncompatible(), () -> description + " was reported as breaking:\n" + report(diff));
    }

    /** Edits of names that never go over the wire. */
    static Stream<Arguments> renames() {
        return Stream.of(
                Arguments.of("rename an operation", edit(doc -> pathItem(doc, CHILDREN).withObject("/get")
                        .put("operationId", "listOrganizationChildren"))),
                Arguments.of("rename a schema", edit(doc -> renameSchema(doc, "OrganizationType", "OrganizationKind"))),
                Arguments.of("inline a referenced schema", edit(doc -> inlineSchema(doc, "OrganizationType"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("renames")
    void renameInTheReleasedContractIsCompatible(String description, Consumer<ObjectNode> edit) throws IOException {
        ChangedOpenApi diff = compareReleasedWith(edit);
        assertFalse(diff.isIncompatible(), () -> description + " was reported as breaking:\n" + report(diff));
    }

    /** Lets the argument lists name the lambdas' type. */
    private static Consumer<ObjectNode> edit(Consumer<ObjectNode> edit) {
        return edit;
    }

    private static ObjectNode pathItem(JsonNode doc, String path) {
        return (ObjectNode) doc.required("paths").required(path);
    }

    private static ObjectNode schema(JsonNode doc, String name) {
        return (ObjectNode) doc.required("components").required("schemas").required(name);
    }

    /** The schema under its new name, and every reference to it following. */
    private static void renameSchema(ObjectNode doc, String from, String to) {
        ObjectNode schemas = doc.withObject("/components/schemas");
        schemas.set(to, schemas.remove(from));
        forEachReference(doc, "#/components/schemas/" + from, reference -> reference.put("$ref", "#/components/schemas/" + to));
    }

    /** Every reference to the schema replaced by a copy of it, as the filter inlines Java's date types. */
    private static void inlineSchema(ObjectNode doc, String name) {
        JsonNode schema = doc.withObject("/components/schemas").remove(name);
        forEachReference(doc, "#/components/schemas/" + name, reference -> {
            reference.remove("$ref");
            reference.setAll((ObjectNode) schema.deepCopy());
        });
    }

    private static void forEachReference(JsonNode node, String ref, Consumer<ObjectNode> action) {
        if (node instanceof ObjectNode object && ref.equals(object.path("$ref").asText())) {
            action.accept(object);
        }
        node.forEach(child -> forEachReference(child, ref, action));
    }

    private static ObjectNode parameter(JsonNode doc, String path, String name) {
        for (JsonNode parameter : pathItem(doc, path).required("get").required("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return (ObjectNode) parameter;
            }
        }
        throw new IllegalArgumentException("GET " + path + " has no parameter " + name);
    }

    private static ChangedOpenApi compareReleasedWith(Consumer<ObjectNode> edit) throws IOException {
        String released = Files.readString(RELEASED_V1);
        ObjectNode edited = (ObjectNode) YAML.readTree(released);
        edit.accept(edited);
        return compare(released, YAML.writeValueAsString(edited));
    }

    private static ChangedOpenApi compare(String released, String current) {
        return OpenApiCompare.fromSpecifications(parse(released), parse(current));
    }

    // OpenApiCompare.fromContents drops the parser's messages, and a half-read document would compare
    // as if operations had gone or never changed; so parse here, with the options it uses.
    private static OpenAPI parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        assertEquals(List.of(), result.getMessages(), "swagger-parser could not read the document cleanly");
        return result.getOpenAPI();
    }

    /** One line per breaking change, then openapi-diff's change log for the details. */
    private static String report(ChangedOpenApi diff) {
        return String.join("\n", incompatibleChanges(diff)) + "\n\n" + changeLog(diff);
    }

    private static List<String> incompatibleChanges(ChangedOpenApi diff) {
        List<String> changes = new ArrayList<>();
        diff.getMissingEndpoints().forEach(e -> changes.add(e.getMethod() + " " + e.getPathUrl() + ": removed"));
        for (ChangedOperation operation : diff.getChangedOperations()) {
            if (operation.isIncompatible()) {
                Map<String, Changed> parts = new LinkedHashMap<>();
                parts.put("parameters", operation.getParameters());
                parts.put("request body", operation.getRequestBody());
                parts.put("responses", operation.getApiResponses());
                parts.put("security", operation.getSecurityRequirements());
                String broken = parts.entrySet().stream()
                        .filter(part -> Changed.result(part.getValue()).isIncompatible())
                        .map(Map.Entry::getKey)
                        .collect(Collectors.joining(", "));
                changes.add(operation.getHttpMethod() + " " + operation.getPathUrl() + ": " + broken);
            }
        }
        return changes;
    }

    private static String changeLog(ChangedOpenApi diff) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new ConsoleRender().render(diff, new OutputStreamWriter(log, StandardCharsets.UTF_8)); // flushes and closes it
        return log.toString(StandardCharsets.UTF_8);
    }
}
