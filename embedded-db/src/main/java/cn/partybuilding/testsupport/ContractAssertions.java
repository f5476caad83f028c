package cn.partybuilding.testsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The checks every service's contract test makes against its running OpenAPI document: it equals
 * the committed {@code contract/<service>.yaml} (refreshed with {@code -Dcontract.update=true}), and
 * every operation is documented: summary, description, tag, success and error responses, request
 * examples, security.
 */
public final class ContractAssertions {

    private ContractAssertions() {
    }

    public static void matchesCommittedContract(String service) throws IOException {
        Path contract = Path.of("../contract/" + service + ".yaml");
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(contract, generated);
        }
        assertTrue(Files.exists(contract), "missing " + contract.toAbsolutePath() + ": run with -Dcontract.update=true");
        assertEquals(Files.readString(contract), generated,
                "contract/" + service + ".yaml differs from the code; review the change and refresh it with -Dcontract.update=true");
    }

    public static void everyOperationIsDocumented(int minimumOperations) throws IOException {
        JsonNode document = OpenApiOperation.runningDocument();
        List<OpenApiOperation> all = OpenApiOperation.all(document);
        List<String> gaps = new ArrayList<>();
        for (OpenApiOperation op : all) {
            gaps.addAll(gapsOf(op.toString(), op.node()));
        }
        int operations = all.size();
        assertTrue(operations >= minimumOperations, "expected the whole API, found " + operations + " operations");
        assertEquals(List.of(), gaps);
        assertTrue(document.at("/components/securitySchemes/bearerAuth").isObject(), "bearer security scheme");
        assertTrue(document.at("/components/schemas/Problem").isObject(), "Problem schema");
    }

    /** A request body that is a file: binary string content only. */
    private static boolean hasFileBody(JsonNode operation) {
        JsonNode content = operation.at("/requestBody/content");
        boolean any = false;
        for (Iterator<JsonNode> types = content.elements(); types.hasNext(); ) {
            any = true;
            if (!"binary".equals(types.next().at("/schema/format").asText())) {
                return false;
            }
        }
        return any;
    }

    private static List<String> gapsOf(String name, JsonNode operation) {
        List<String> gaps = new ArrayList<>();
        for (String field : List.of("summary", "description")) {
            if (operation.path(field).asText().isBlank()) {
                gaps.add(name + ": " + field);
            }
        }
        if (operation.path("tags").isEmpty()) {
            gaps.add(name + ": tag");
        }
        JsonNode responses = operation.path("responses");
        boolean success = false;
        for (Iterator<String> codes = responses.fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            success |= code.startsWith("2");
            if (responses.get(code).path("description").asText().isBlank()) {
                gaps.add(name + ": description of " + code);
            }
        }
        if (!success) {
            gaps.add(name + ": success response");
        }
        for (String status : List.of("401", "403", "500")) {
            if (!responses.has(status)) {
                gaps.add(name + ": " + status);
            }
        }
        // a JSON body needs an example to try; a file (an .xlsx upload) is chosen in Swagger UI instead
        JsonNode jsonBody = operation.at("/requestBody/content/application~1json");
        if (operation.has("requestBody") && (jsonBody.isMissingNode() ? !hasFileBody(operation) : jsonBody.path("examples").isMissingNode())) {
            gaps.add(name + ": request example");
        }
        if (operation.path("security").isEmpty()) {
            gaps.add(name + ": security requirement");
        }
        return gaps;
    }
}
