package cn.partybuilding.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployments and the modules agree: every variable a Deployment, its ConfigMap or a compose
 * service sets is one the module reads; every variable the module reads without a default is set;
 * secrets come from Secrets (or the compose .env), never as values in git; ports, probe paths and
 * image names are the ones the module and its build use.
 */
class ConfigurationContractTest {

    /**
     * Read outside the modules' own settings: the image's run-java.sh reads the JAVA_ ones (container-aware
     * heap; JAVA_OPTS_APPEND is the image's own), Liquibase its switch for analytics.
     */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO", "JAVA_OPTS",
            "JAVA_TOOL_OPTIONS", "LIQUIBASE_ANALYTICS_ENABLED");
    private static final Set<String> SECRETS = Set.of("DB_PASSWORD", "PII_KEY", "CHECK_IN_KEY");
    /** Read through the shared web module, but only branch- and volunteer-service encrypt personal data. */
    private static final Map<String, Set<String>> NOT_NEEDED = Map.of(
            "gateway", Set.of("PII_KEY"),
            "activity-service", Set.of("PII_KEY"),
            "assessment-service", Set.of("PII_KEY"));
    private static final Set<String> HEALTH = Set.of("/q/health/started", "/q/health/live", "/q/health/ready");
    private static final Pattern COMPOSE_PROBE = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+).*GET (\\S+) HTTP");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void deploymentsSetWhatTheModulesRead(String kustomization) {
        var objects = Manifests.render(kustomization);
        for (var module : Modules.DEPLOYABLE) {
            var settings = Modules.settings(module);
            var deployment = Manifests.named(objects, "Deployment", module);
            var pod = deployment.path("spec").path("template").path("spec");
            assertEquals(1, pod.path("containers").size(), module);
            var container = pod.path("containers").get(0);

            var environment = new LinkedHashMap<String, String>();
            for (var source : container.path("envFrom")) {
                var configMap = Manifests.named(objects, "ConfigMap", source.path("configMapRef").path("name").asText());
                configMap.path("data").fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
            }
            for (var variable : container.path("env")) {
                var name = variable.path("name").asText();
                if (SECRETS.contains(name)) {
                    assertTrue(variable.path("valueFrom").has("secretKeyRef"), module + ": " + name + " comes from a Secret");
                }
                environment.put(name, variable.has("valueFrom") ? "(from " + variable.path("valueFrom").fieldNames().next() + ")"
                        : variable.path("value").asText());
            }
            SECRETS.forEach(secret -> assertTrue(!environment.containsKey(secret) || container.path("env").toString().contains(secret),
                    module + ": " + secret + " is not a ConfigMap value"));
            checkEnvironment(module, settings, environment);

            assertEquals(settings.image(), container.path("image").asText(), module + ": the image the build names");
            var port = settings.port(environment);
            var http = namedPort(container, "http");
            assertEquals(port, http.path("containerPort").asInt(), module + ": the container port");
            assertEquals("/q/health/started", probePath(module, container, "startupProbe", port));
            assertEquals("/q/health/live", probePath(module, container, "livenessProbe", port));
            assertEquals("/q/health/ready", probePath(module, container, "readinessProbe", port));
            var service = Manifests.named(objects, "Service", module);
            assertEquals(port, service.path("spec").path("ports").get(0).path("port").asInt(), module + ": the Service's port");
            assertEquals("http", service.path("spec").path("ports").get(0).path("targetPort").asText(), module);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/production"})
    void podsRunLockedDownAndStopGracefully(String kustomization) {
        var objects = Manifests.render(kustomization);
        for (var module : Modules.DEPLOYABLE) {
            var pod = Manifests.named(objects, "Deployment", module).path("spec").path("template").path("spec");
            var container = pod.path("containers").get(0);
            assertTrue(pod.path("securityContext").path("runAsNonRoot").asBoolean(), module);
            var security = container.path("securityContext");
            assertTrue(security.path("readOnlyRootFilesystem").asBoolean(), module);
            assertEquals("[\"ALL\"]", security.path("capabilities").path("drop").toString(), module);
            assertTrue(container.path("volumeMounts").toString().contains("\"mountPath\":\"/tmp\""), module + ": /tmp is writable");
            assertTrue(pod.path("volumes").get(0).has("emptyDir"), module);
            var pause = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt();
            assertTrue(pause >= 5, module + ": preStop pause for the endpoint removal");
            assertTrue(pod.path("terminationGracePeriodSeconds").asInt() >= pause + 20, module + ": time to finish requests after the pause");
            assertTrue(container.path("resources").path("requests").has("memory") && container.path("resources").path("limits").has("memory"), module);
        }
    }

    @Test
    void composeServicesSetWhatTheModulesRead() throws IOException {
        var compose = Manifests.YAML.readTree(Files.readString(Manifests.REPOSITORY.resolve("deploy/compose.yaml")));
        var services = compose.path("services");
        for (var module : Modules.DEPLOYABLE) {
            var settings = Modules.settings(module);
            var service = services.path(module);
            assertTrue(service.isObject(), "compose runs " + module);
            var environment = new LinkedHashMap<String, String>();
            service.path("environment").fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
            for (var secret : SECRETS) {
                if (environment.containsKey(secret)) {
                    assertTrue(environment.get(secret).matches("\\$\\{[A-Z_]+:\\?[^}]*}"), module + ": " + secret + " comes from deploy/.env, required");
                }
            }
            checkEnvironment(module, settings, environment);
            assertEquals(settings.image(), service.path("image").asText(), module + ": the image the build names");

            var probe = COMPOSE_PROBE.matcher(service.path("healthcheck").path("test").toString());
            assertTrue(probe.find(), module + ": a health check over HTTP");
            assertEquals(settings.port(environment), Integer.parseInt(probe.group(1)), module + ": the health check's port");
            assertTrue(HEALTH.contains(probe.group(2)), module + ": the health check's path " + probe.group(2));
        }
        assertEquals(Set.of("mysql", "keycloak"), Set.copyOf(dependencies(services.path("branch-service"))));
        assertEquals(Set.of("branch-service", "activity-service", "volunteer-service", "assessment-service"),
                Set.copyOf(dependencies(services.path("gateway"))));
        assertEquals(Set.of("branch-service", "activity-service", "volunteer-service"),
                Set.copyOf(dependencies(services.path("assessment-service"))));
    }

    @Test
    void eachServiceLogsInToItsOwnSchema() throws IOException {
        var init = Files.readString(Manifests.REPOSITORY.resolve("deploy/mysql/init/01-schemas-and-users.sh"));
        var compose = Manifests.YAML.readTree(Files.readString(Manifests.REPOSITORY.resolve("deploy/compose.yaml")));
        var production = Manifests.render("overlays/production");
        for (var module : Modules.DEPLOYABLE) {
            var schema = Modules.settings(module).properties().getProperty("party.db.schema");
            if (schema == null) {
                continue;
            }
            assertTrue(init.contains("service_schema " + schema + " "), module + ": the init script makes schema and user " + schema);
            assertEquals(schema, Manifests.named(production, "ConfigMap", module).path("data").path("DB_USER").asText(), module);
            assertEquals(schema, compose.path("services").path(module).path("environment").path("DB_USER").asText(), module);
        }
    }

    private static void checkEnvironment(String module, Modules.Settings settings, Map<String, String> environment) {
        var unknown = environment.keySet().stream()
                .filter(variable -> !settings.reads().contains(variable) && !JVM_VARIABLES.contains(variable))
                .toList();
        assertEquals(List.of(), unknown, module + " reads none of these (it reads " + settings.reads() + ")");
        var missing = settings.required().stream()
                .filter(variable -> !NOT_NEEDED.getOrDefault(module, Set.of()).contains(variable))
                .filter(variable -> environment.getOrDefault(variable, "").isBlank())
                .toList();
        assertEquals(List.of(), missing, module + " has no default for these");
    }

    private static JsonNode namedPort(JsonNode container, String name) {
        for (var port : container.path("ports")) {
            if (name.equals(port.path("name").asText())) {
                return port;
            }
        }
        throw new AssertionError(container.path("name").asText() + " has no port " + name);
    }

    private static String probePath(String module, JsonNode container, String probe, int port) {
        var get = container.path(probe).path("httpGet");
        var probePort = get.path("port");
        assertTrue(probePort.asText().equals("http") || probePort.asInt() == port, module + ": " + probe + " asks the HTTP port");
        return get.path("path").asText();
    }

    private static List<String> dependencies(JsonNode service) {
        var names = new ArrayList<String>();
        service.path("depends_on").fieldNames().forEachRemaining(names::add);
        service.path("depends_on").fields().forEachRemaining(entry ->
                assertEquals("service_healthy", entry.getValue().path("condition").asText(), entry.getKey()));
        return names;
    }
}
