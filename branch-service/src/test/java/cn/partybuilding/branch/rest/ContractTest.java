package cn.partybuilding.branch.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed contract ({@code contract/branch-service.yaml}) is what clients build against: the
 * build fails when the code's generated document drifts from it. After a deliberate change, refresh
 * it with {@code ./mvnw -pl branch-service test -Dtest=ContractTest -Dcontract.update=true} and
 * review the diff.
 */
@QuarkusTest
class ContractTest {

    private static final Path CONTRACT = Path.of("../contract/branch-service.yaml");

    @Test
    void generatedDocumentMatchesTheCommittedContract() throws IOException {
        String generated = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(CONTRACT, generated);
        }
        assertTrue(Files.exists(CONTRACT), "missing " + CONTRACT.toAbsolutePath() + ": run with -Dcontract.update=true");
        assertEquals(Files.readString(CONTRACT), generated,
                "contract/branch-service.yaml differs from the code; review the change and refresh it with -Dcontract.update=true");
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        JsonNode document = new ObjectMapper().readTree(
                given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                String name = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                if (operation.path("summary").asText().isBlank()) {
                    gaps.add(name + ": summary");
                }
                if (operation.path("description").asText().isBlank()) {
                    gaps.add(name + ": description");
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
                if (operation.has("requestBody") && operation.at("/requestBody/content/application~1json/examples").isMissingNode()) {
                    gaps.add(name + ": request example");
                }
                if (operation.path("security").isEmpty()) {
                    gaps.add(name + ": security requirement");
                }
            }
        }
        assertTrue(operations >= 20, "expected the whole API, found " + operations + " operations");
        assertEquals(List.of(), gaps);
        assertTrue(document.at("/components/securitySchemes/bearerAuth").isObject(), "bearer security scheme");
        assertTrue(document.at("/components/schemas/Problem").isObject(), "Problem schema");
    }
}
