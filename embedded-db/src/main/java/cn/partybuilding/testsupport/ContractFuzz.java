package cn.partybuilding.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Junk in every place the running service's contract names: each path id, each query parameter
 * (cursors included) and each field of each JSON body, one at a time, sent as the given caller. The
 * service must answer every one with something other than a 5xx: bad input is the caller's
 * problem, never the service's failure.
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

    /** One request sent, and what it got. */
    public record Outcome(String request, int status) {
    }

    private ContractFuzz() {
    }

    /**
     * Sends the junk as the caller ({@code authorization}: "Bearer …") and fails, listing them, when
     * any answer is a 5xx, or when fewer than {@code minimumRequests} were sent (a contract the fuzz
     * no longer reads would otherwise pass unnoticed).
     */
    public static void assertNoServerErrors(String authorization, int minimumRequests) throws Exception {
        List<Outcome> outcomes = run(authorization);
        assertTrue(outcomes.size() >= minimumRequests, "only " + outcomes.size() + " junk requests were sent");
        assertEquals(List.of(), outcomes.stream().filter(outcome -> outcome.status() >= 500).toList(),
                "junk answered with a server error (of " + outcomes.size() + " requests)");
    }

    /** Sends the junk requests with {@code authorization} ("Bearer …") and returns every outcome. */
    public static List<Outcome> run(String authorization) throws Exception {
        JsonNode document = OpenApiOperation.runningDocument();
        List<Outcome> outcomes = new ArrayList<>();
        for (OpenApiOperation operation : OpenApiOperation.all(document)) {
            new Operation(document, operation, authorization).sendAll(outcomes);
        }
        return outcomes;
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One operation of the contract and the junk it is sent. */
    private record Operation(JsonNode document, OpenApiOperation operation, String authorization) {

        private static final String UNKNOWN_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

        void sendAll(List<Outcome> outcomes) {
            List<String> pathParameters = new ArrayList<>();
            List<String> queryParameters = new ArrayList<>();
            for (JsonNode parameter : operation.node().path("parameters")) {
                JsonNode resolved = resolve(parameter);
                (resolved.path("in").asText().equals("path") ? pathParameters : queryParameters)
                        .add(resolved.path("name").asText());
            }
            for (String junked : pathParameters) {
                for (String junk : JUNK_TEXT) {
                    send(outcomes, pathWith(pathParameters, junked, junk), Map.of(), emptyBody());
                }
            }
            String validPath = pathWith(pathParameters, null, null);
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

        private void send(List<Outcome> outcomes, String target, Map<String, String> query, String body) {
            RequestSpecification request = given().urlEncodingEnabled(false).header("Authorization", authorization)
                    .header("Accept", "application/json");
            query.forEach((name, value) -> request.queryParam(name, URLEncoder.encode(value, StandardCharsets.UTF_8)));
            if (body != null) {
                request.contentType("application/json").body(body);
            }
            int status = request.request(operation.method(), target).then().extract().statusCode();
            outcomes.add(new Outcome(operation.method() + " " + target + " " + query
                    + (body == null ? "" : " " + abbreviated(body)), status));
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
