package cn.partybuilding.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.gateway.service.AuditEventsMerge;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code contract/openapi.yaml} is the merge of the services' committed documents; the gateway
 * serves it at /openapi. Refresh it with {@code ./mvnw -pl gateway test -Dtest=MergedContractTest
 * -Dcontract.update=true} after a service's contract changed.
 */
class MergedContractTest {

    private static final Path CONTRACT = Path.of("../contract");
    private static final YAMLMapper YAML = new YAMLMapper();

    static Map<String, JsonNode> serviceDocuments() throws IOException {
        Map<String, JsonNode> documents = new TreeMap<>();
        try (Stream<Path> files = Files.list(CONTRACT)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("-service.yaml")).toList()) {
                documents.put(file.getFileName().toString().replace(".yaml", ""), YAML.readTree(file.toFile()));
            }
        }
        return documents;
    }

    @Test
    void committedMergedContractIsTheMergeOfTheServiceContracts() throws IOException {
        Map<String, JsonNode> documents = serviceDocuments();
        assertTrue(documents.containsKey("branch-service"), "contract/branch-service.yaml is missing");
        String merged = YAML.writeValueAsString(ContractMerger.merge(documents));
        Path target = CONTRACT.resolve("openapi.yaml");
        if (Boolean.getBoolean("contract.update")) {
            Files.writeString(target, merged);
        }
        assertEquals(Files.readString(target), merged,
                "contract/openapi.yaml is not the merge of the service contracts; refresh it with -Dcontract.update=true");
    }

    @Test
    void sharedSchemasAppearOnceAndEveryServicePathIsKept() throws IOException {
        Map<String, JsonNode> documents = serviceDocuments();
        JsonNode merged = ContractMerger.merge(documents);
        int servicePaths = documents.values().stream().mapToInt(d -> d.path("paths").size()).sum();
        long auditTrails = documents.values().stream().filter(d -> d.path("paths").has(AuditEventsMerge.PATH)).count();
        assertEquals(documents.size(), auditTrails, "every service keeps an audit trail");
        assertEquals(servicePaths - auditTrails + 1, merged.path("paths").size(), "the audit trails merge into one path");
        assertEquals("service", merged.at("/paths/~1v1~1audit-events/get/parameters/0/name").asText());
        assertTrue(merged.at("/components/schemas/Problem").isObject());
        assertTrue(merged.at("/components/securitySchemes/bearerAuth").isObject());
        assertEquals("/", merged.at("/servers/0/url").asText(), "Try it out must go through the gateway");
    }

    @Test
    void conflictingSharedSchemasAndOverlappingPathsFailTheMerge() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode a = json.readTree("{\"paths\":{\"/v1/a\":{}},\"components\":{\"schemas\":{\"Problem\":{\"type\":\"object\"}}}}");
        JsonNode sameProblem = json.readTree("{\"paths\":{\"/v1/b\":{}},\"components\":{\"schemas\":{\"Problem\":{\"type\":\"object\"}}}}");
        JsonNode otherProblem = json.readTree("{\"paths\":{\"/v1/c\":{}},\"components\":{\"schemas\":{\"Problem\":{\"type\":\"string\"}}}}");
        JsonNode samePath = json.readTree("{\"paths\":{\"/v1/a\":{}}}");

        assertEquals(2, ContractMerger.merge(new TreeMap<>(Map.of("a", a, "b", sameProblem))).path("paths").size());
        IllegalStateException conflict = assertThrows(IllegalStateException.class,
                () -> ContractMerger.merge(new TreeMap<>(Map.of("a", a, "c", otherProblem))));
        assertTrue(conflict.getMessage().contains("Problem"), conflict.getMessage());
        assertThrows(IllegalStateException.class, () -> ContractMerger.merge(new TreeMap<>(Map.of("a", a, "d", samePath))));
    }
}
