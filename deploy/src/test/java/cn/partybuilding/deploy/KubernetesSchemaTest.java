package cn.partybuilding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rendered object against the Kubernetes 1.32 API, strictly, with no cluster: the models of the
 * official Java client 22.0.0 are generated from the 1.32 OpenAPI document. Their validation rejects
 * fields the API does not have and missing required fields; reading the object into the model and
 * writing it back must give the same document, which catches wrong types (a quoted number, a string
 * where a list belongs) that the lenient reader would otherwise coerce.
 */
class KubernetesSchemaTest {

    private static final ObjectMapper JSON_WRITER = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production", "keycloak"})
    void everyObjectIsValidForKubernetes132(String kustomization) throws IOException {
        var problems = new ArrayList<String>();
        for (var object : Manifests.render(kustomization)) {
            var name = object.path("kind").asText() + " " + object.path("metadata").path("name").asText();
            try {
                validate(object);
            } catch (IllegalArgumentException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void rejectsWhatTheApiDoesNotHave() throws Exception {
        validate(deploymentWithContainer("ports: [{containerPort: 8080}]"));
        for (var wrong : List.of("prots: [{containerPort: 8080}]", "ports: [{containerPort: \"8080\"}]",
                "ports: [{name: http}]", "ports: {containerPort: 8080}")) {
            var broken = deploymentWithContainer(wrong);
            assertThrows(IllegalArgumentException.class, () -> validate(broken), "accepted " + wrong);
        }
    }

    /** The smallest Deployment, its one container having {@code containerFields} besides name and image. */
    private static JsonNode deploymentWithContainer(String containerFields) throws IOException {
        return Manifests.documents("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers: [{name: x, image: x, %s}]
                """.formatted(containerFields)).get(0);
    }

    static void validate(JsonNode object) throws IOException {
        var model = modelOf(object.path("apiVersion").asText(), object.path("kind").asText());
        JsonElement document = JsonParser.parseString(JSON_WRITER.writeValueAsString(object));
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, document);
        } catch (InvocationTargetException e) {
            // unknown and missing fields are IllegalArgumentExceptions; an object where a list belongs, a cast that fails
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        JsonElement written;
        try {
            written = JsonParser.parseString(JSON.getGson().toJson(JSON.getGson().fromJson(document, model)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        var differences = new ArrayList<String>();
        compare("", document, written, differences);
        if (!differences.isEmpty()) {
            throw new IllegalArgumentException("wrong types: " + String.join(", ", differences));
        }
    }

    /** apps/v1 Deployment → V1Deployment, autoscaling/v2 HorizontalPodAutoscaler → V2HorizontalPodAutoscaler. */
    private static Class<?> modelOf(String apiVersion, String kind) {
        var version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        var name = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(apiVersion + " " + kind + " is not a Kubernetes 1.32 API object");
        }
    }

    private static void compare(String path, JsonElement read, JsonElement written, List<String> differences) {
        if (read.isJsonObject() && written.isJsonObject()) {
            for (Map.Entry<String, JsonElement> entry : read.getAsJsonObject().entrySet()) {
                var other = written.getAsJsonObject().get(entry.getKey());
                if (other == null) {
                    // an empty object the model drops is no difference of type
                    if (!(entry.getValue().isJsonObject() && entry.getValue().getAsJsonObject().isEmpty())) {
                        differences.add(path + "/" + entry.getKey() + " dropped");
                    }
                } else {
                    compare(path + "/" + entry.getKey(), entry.getValue(), other, differences);
                }
            }
        } else if (read.isJsonArray() && written.isJsonArray() && read.getAsJsonArray().size() == written.getAsJsonArray().size()) {
            for (int i = 0; i < read.getAsJsonArray().size(); i++) {
                compare(path + "/" + i, read.getAsJsonArray().get(i), written.getAsJsonArray().get(i), differences);
            }
        } else if (!read.equals(written) && !sameQuantity(read, written)) {
            differences.add(path + " " + read + " read as " + written);
        }
    }

    /** Quantities are written in canonical form: 0.5 becomes 500m. */
    private static boolean sameQuantity(JsonElement read, JsonElement written) {
        try {
            return read.isJsonPrimitive() && read.getAsJsonPrimitive().isString()
                    && written.isJsonPrimitive() && written.getAsJsonPrimitive().isString()
                    && Quantity.fromString(read.getAsString()).getNumber().compareTo(Quantity.fromString(written.getAsString()).getNumber()) == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @org.junit.jupiter.api.Test
    void namesTheModelOfEachKind() {
        assertEquals("V2HorizontalPodAutoscaler", modelOf("autoscaling/v2", "HorizontalPodAutoscaler").getSimpleName());
        assertEquals("V1ConfigMap", modelOf("v1", "ConfigMap").getSimpleName());
    }
}
