package cn.partybuilding.gateway.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.common.openapi.ExampleIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * What the Spectral ruleset (contract/.spectral.yaml) cannot see in the merged contract: that the roles
 * line of each description says what the security requirement says, that operationIds are unique
 * across the services, and that path ids are examples the demo data holds. (That every example id is
 * in the demo data is GenerateTest's, in dev-tools, which loads the demo data.)
 */
class ContractRulesTest {

    private static final Path MERGED = Path.of("../contract/openapi.yaml");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void everyOperationStatesTheRolesItsSecurityRequirementNames() throws IOException {
        forEachOperation((name, operation) -> {
            List<String> roles = new ArrayList<>();
            List<String> scopes = new ArrayList<>();
            operation.path("security").forEach(requirement -> requirement.forEach(names -> names.forEach(role ->
                    (role.asText().contains(":") ? scopes : roles).add(role.asText()))));
            String description = operation.path("description").asText();
            String expected = roles.isEmpty() && scopes.isEmpty()
                    ? "角色 / Roles: 任何已登录用户 / any signed-in caller"
                    : "角色 / Roles: " + (roles.isEmpty() ? "—" : String.join(", ", roles))
                            + (scopes.isEmpty() ? "" : "\n\n权限范围 / Scopes: " + String.join(", ", scopes));
            assertTrue(description.endsWith(expected), name + " should end with '" + expected + "': " + description);
        });
    }

    @Test
    void operationIdsAreUniqueVerbsInCamelCase() throws IOException {
        Set<String> seen = new HashSet<>();
        forEachOperation((name, operation) -> {
            String operationId = operation.path("operationId").asText();
            assertTrue(operationId.matches("[a-z]+([A-Z][a-z]*)+"), name + ": " + operationId);
            assertTrue(seen.add(operationId), "operationId " + operationId + " is used twice");
        });
    }

    @Test
    void noRequestHeaderCarriesAnExampleAndPathIdsAreDemoObjects() throws IOException {
        forEachOperation((name, operation) -> operation.path("parameters").forEach(parameter -> {
            String in = parameter.path("in").asText();
            if (in.equals("header")) {
                assertFalse(parameter.has("example") || parameter.has("examples"),
                        name + ": Swagger UI would send the example of " + parameter.path("name").asText());
            }
            if (in.equals("path") && parameter.has("example")) {
                assertTrue(ExampleIds.IN_DEMO_DATA.contains(parameter.path("example").asText()),
                        name + ": " + parameter.path("name").asText() + " is no demo object");
            }
        }));
    }

    @Test
    void javaTypesNeverNameASchema() throws IOException {
        JsonNode schemas = new YAMLMapper().readTree(MERGED.toFile()).path("components").path("schemas");
        assertNotNull(schemas.get("ActivityStatus"));
        for (String javaName : List.of("Instant", "OffsetDateTime", "LocalDate", "LocalTime", "LocalDateTime", "Status")) {
            assertFalse(schemas.has(javaName), javaName + " names a schema");
        }
        assertEquals("党支部", schemas.at("/OrganizationType/x-enum-descriptions/3").asText());
    }

    private static void forEachOperation(BiConsumer<String, JsonNode> check) throws IOException {
        JsonNode paths = new YAMLMapper().readTree(MERGED.toFile()).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    check.accept(method.toUpperCase() + " " + path.getKey(), path.getValue().get(method));
                }
            }
        }
    }
}
