package cn.partybuilding.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Junk in every place an OpenAPI document names: each path id, each query parameter (cursors
 * included) and each field of each JSON body, one at a time, sent as the given caller, after one
 * plain request per operation so that every operation is sent at least once. The document is a
 * running service's own, or any other (the merged contract, sent through the gateway). Every answer
 * must be something other than a 5xx: bad input is the caller's problem, never the service's failure.
 */
public final class ContractFuzz {

    /** Values that are not what any field of this API expects. */
    private static final List<String> JUNK_TEXT = List.of("中", "x", "' OR 1=1 --", "%", "../../etc/passwd",
            "0".repeat(27), "Z".repeat(300), "-1", "99999999999999999999", "2025-13-45", "\u0000");
    private static final List<String> JUNK_CURSORS = List.of("!!!", base64("v1:中"), base64("v1:' OR 1=1 --"),
            base64("v2:01ARZ3NDEKTSV4RRFFQ69G5FAV"), base64("v1:" + "Z".repeat(300)));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<JsonNode> JUNK_JSON = List.of(JSON.numberNode(-1), JSON.numberNode(1e300),
            JSON.textNode("中"), JSON.textNode("' OR 1=1 --"), JSON.textNode("Z".repeat(5000)), JSON.arrayNode(),
            JSON.objectNode(), JSON.nullNode(), JSON.booleanNode(true), JSON.arrayNode().addNull());

    /** One request sent to {@code operation} ("GET /v1/things/{id}", as the document names it), and what it got. */
    public record Outcome(String operation, String request, int status) {
    }

    private ContractFuzz() {
    }

    /**
     * Sends the junk to the running service (RestAssured's defaults) over its own document, as the
     * caller ({@code authorization}: "Bearer …"), and fails as {@link #assertNoServerErrors(JsonNode, List, int)} does.
     */
    public static void assertNoServerErrors(String authorization, int minimumRequests) throws IOException {
        JsonNode document = OpenApiOperation.runningDocument();
        assertNoServerErrors(document, send(document, RestAssured::given, authorization), minimumRequests);
    }

    /**
     * Fails, listing them, when any outcome is a 5xx; when fewer than {@code minimumRequests} were
     * sent or an operation of {@code document} was never sent (a contract the fuzz no longer reads
     * would otherwise pass unnoticed).
     */
    public static void assertNoServerErrors(JsonNode document, List<Outcome> outcomes, int minimumRequests) {
        assertTrue(outcomes.size() >= minimumRequests, "only " + outcomes.size() + " junk requests were sent");
        Set<String> sent = outcomes.stream().map(Outcome::operation).collect(Collectors.toSet());
        assertEquals(List.of(), OpenApiOperation.all(document).stream().map(OpenApiOperation::toString)
                .filter(operation -> !sent.contains(operation)).toList(), "operations never sent");
        assertEquals(List.of(), outcomes.stream().filter(outcome -> outcome.status() >= 500).toList(),
                "junk answered with a server error (of " + outcomes.size() + " requests)");
    }

    /** Sends the junk to the running service over its own document, as the caller, and returns every outcome. */
    public static List<Outcome> run(String authorization) throws IOException {
        return send(OpenApiOperation.runningDocument(), RestAssured::given, authorization);
    }

    /**
     * Sends the junk for every operation of {@code document} to {@code baseUri} (e.g.
     * {@code http://127.0.0.1:8080}, the gateway), as the caller, and returns every outcome.
     */
    public static List<Outcome> run(JsonNode document, String baseUri, String authorization) {
        return send(document, () -> RestAssured.given().baseUri(baseUri), authorization);
    }

    private static List<Outcome> send(JsonNode document, Supplier<RequestSpecification> target, String authorization) {
        List<Outcome> outcomes = new ArrayList<>();
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            new Operation(document, operation, target, authorization).sendAll(outcomes);
        }
        return outcomes;
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One operation of the contract and the junk it is sent. */
    private record Operation(JsonNode document, OpenApiOperation operation, Supplier<RequestSpecification> target,
                             String authorization) {

        private static final String UNKNOWN_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

        void sendAll(List<Outcome> outcomes) {
            List<String> pathParameters = new ArrayList<>();
            List<String> queryParameters = new ArrayList<>();
            for (JsonNode parameter : operation.node().path("parameters")) {
                JsonNode resolved = resolve(parameter);
                (resolved.path("in").asText().equals("path") ? pathParameters : queryParameters)
                        .add(resolved.path("name").asText());
            }
            String validPath = pathWith(pathParameters, null, null);
            send(outcomes, validPath, Map.of(), emptyBody());
            for (String junked : pathParameters) {
                for (String junk : JUNK_TEXT) {
                    send(outcomes, pathWith(pathParameters, junked, junk), Map.of(), emptyBody());
                }
            }
            for (String parameter : queryParameters) {
                for (String junk : parameter.equals("cursor") ? JUNK_CURSORS : JUNK_TEXT) {
                    send(outcomes, validPath, Map.of(parameter, junk), emptyBody());
                }
            }
            JsonNode schema = resolve(operation.node().path("requestBody").path("content").path("application/json").path("schema"));
            if (!schema.isMissingNode()) {
                send(outcomes, validPath, Map.of(), "[]");
                send(outcomes, validPath, Map.of(), "{\"unclosed\": ");
                ObjectNode example = example(schema);
                for (Iterator<String> fields = schema.path("properties").fieldNames(); fields.hasNext(); ) {
                    String field = fields.next();
                    for (JsonNode junk : JUNK_JSON) {
                        send(outcomes, validPath, Map.of(), example.deepCopy().set(field, junk).toString());
                    }
                    for (String junk : JUNK_TEXT) {
                        send(outcomes, validPath, Map.of(), example.deepCopy().put(field, junk).toString());
                    }
                }
            }
        }

        private String pathWith(List<String> parameters, String junked, String junk) {
            String filled = operation.path();
            for (String parameter : parameters) {
                String value = parameter.equals(junked) ? junk : UNKNOWN_ID;
                filled = filled.replace("{" + parameter + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            return filled;
        }

        /** An empty JSON object when the operation takes a body, so that only the path or query is junk. */
        private String emptyBody() {
            return operation.hasBody() ? "{}" : null;
        }

        /**
         * A body made of each field's documented example, so that junk in one field gets past the
         * checks of the others and reaches whatever that field is used for.
         */
        private ObjectNode example(JsonNode schema) {
            ObjectNode body = JSON.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode examples = field.getValue().has("examples") ? field.getValue().path("examples")
                        : resolve(field.getValue()).path("examples");
                if (examples.isArray() && !examples.isEmpty()) {
                    body.set(field.getKey(), examples.get(0));
                }
            }
            return body;
        }

        private void send(List<Outcome> outcomes, String path, Map<String, String> query, String body) {
            RequestSpecification request = target.get().urlEncodingEnabled(false).header("Authorization", authorization)
                    .header("Accept", accept());
            query.forEach((name, value) -> request.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
            if (body != null) {
                request.contentType("application/json").body(body);
            } else {
                // RestAssured would call a bodyless POST a form (415 from a JSON resource, the junk never reaching it)
                request.noContentType();
            }
            int status = request.request(operation.method(), path).then().extract().statusCode();
            outcomes.add(new Outcome(operation.toString(), operation.method() + " " + path + " " + query
                    + (body == null ? "" : " " + abbreviated(body)), status));
        }

        /**
         * What the operation answers on success (e.g. a PDF), so that the junk gets past content
         * negotiation to the operation itself.
         */
        private String accept() {
            List<String> mediaTypes = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> responses = operation.node().path("responses").fields(); responses.hasNext(); ) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (response.getKey().startsWith("2")) {
                    resolve(response.getValue()).path("content").fieldNames().forEachRemaining(mediaTypes::add);
                }
            }
            return mediaTypes.isEmpty() ? "application/json" : String.join(", ", mediaTypes);
        }

        private static String abbreviated(String body) {
            return body.length() > 120 ? body.substring(0, 120) + "…" : body;
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            while (current.has("$ref")) {
                String[] parts = current.get("$ref").asText().substring(2).split("/");
                JsonNode target = document;
                for (String part : parts) {
                    target = target.path(part);
                }
                current = target;
            }
            return current;
        }
    }
}
