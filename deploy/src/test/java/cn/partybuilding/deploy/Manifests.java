package cn.partybuilding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

/** The kustomizations of deploy/kubernetes as kubectl renders them, rendered once per test run. */
final class Manifests {

    static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    static final Path KUBERNETES = REPOSITORY.resolve("deploy/kubernetes");
    static final List<String> KUSTOMIZATIONS = List.of("base", "overlays/production", "keycloak");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** The objects {@code kubectl kustomize} renders from the kustomization, or an AssertionError with its message. */
    static List<JsonNode> render(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, Manifests::runKustomize);
    }

    static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(object -> kind.equals(object.path("kind").asText())).toList();
    }

    static JsonNode named(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream()
                .filter(object -> name.equals(object.path("metadata").path("name").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    static List<JsonNode> documents(String yaml) throws IOException {
        try (var parser = YAML.getFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            return StreamSupport.stream(((Iterable<JsonNode>) () -> documents).spliterator(), false)
                    .filter(document -> document != null && !document.isNull() && !document.isMissingNode())
                    .toList();
        }
    }

    private static List<JsonNode> runKustomize(String kustomization) {
        var directory = KUBERNETES.resolve(kustomization);
        try {
            var output = Files.createTempFile("kustomize", ".yaml");
            var errors = Files.createTempFile("kustomize", ".err");
            var process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + kustomization + " did not finish in 60 s");
            }
            var rendered = Files.readString(output, StandardCharsets.UTF_8);
            var message = Files.readString(errors, StandardCharsets.UTF_8);
            Files.delete(output);
            Files.delete(errors);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + kustomization + " failed: " + message);
            }
            var objects = new ArrayList<>(documents(rendered));
            if (objects.isEmpty()) {
                throw new AssertionError("kubectl kustomize " + kustomization + " rendered nothing");
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new AssertionError("kubectl (with kustomize) must be on the PATH: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
