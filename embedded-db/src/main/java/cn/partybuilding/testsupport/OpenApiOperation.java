package cn.partybuilding.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One operation of the running service's OpenAPI document, as the contract checks walk them. */
record OpenApiOperation(String method, String path, JsonNode node) {

    static JsonNode runningDocument() throws IOException {
        return new ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    static List<OpenApiOperation> all(JsonNode document) {
        List<OpenApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getKey().equals("parameters")) {
                    operations.add(new OpenApiOperation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    boolean hasBody() {
        return node.has("requestBody");
    }

    /** The media type of the request body: JSON, or the first the operation declares (a file upload's). */
    String bodyMediaType() {
        JsonNode content = node.path("requestBody").path("content");
        return content.has("application/json") || !content.fieldNames().hasNext() ? "application/json" : content.fieldNames().next();
    }

    boolean hasPathParameters() {
        return path.contains("{");
    }

    List<String> queryParameters() {
        List<String> names = new ArrayList<>();
        node.path("parameters").forEach(p -> {
            if ("query".equals(p.path("in").asText())) {
                names.add(p.path("name").asText());
            }
        });
        return names;
    }

    boolean hasRequiredQueryParameters() {
        for (JsonNode p : node.path("parameters")) {
            if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
