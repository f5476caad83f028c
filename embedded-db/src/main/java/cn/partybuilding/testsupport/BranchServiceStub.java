package cn.partybuilding.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stands in for branch-service in the tests of the services that read it: answers the reads they
 * make (an organization, a member, a subtree's organizations and members) from organizations and
 * members that tests register through {@code POST /__stub/organizations} and {@code /__stub/members},
 * and can be made to fail ({@code POST /__stub/failure {"status": 503}}: every read answers that
 * status, 0 for none) to prove reads keep working and writes fail cleanly. Its state lives behind its own HTTP API because
 * the test and the stub may not share classes. A read without a bearer token is 401, like the real one.
 * Any other read (a structure check, star ratings) answers what a test set with {@link #answer}:
 * {@code POST /__stub/answers {"path", "organizationId", "body"}}, by path and organizationId parameter.
 * {@code GET /__stub/traceparent} answers the {@code traceparent} header of the last read (trace propagation).
 */
public class BranchServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, ObjectNode> organizations = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> members = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> answers = new ConcurrentHashMap<>();
    private volatile int failure; // the status every read answers, 0 for none
    private volatile String lastTraceparent = "";
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubServers.start("branch-service stub", this::handle);
        return Map.of("quarkus.rest-client.branch-service.url", StubServers.url(server));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__stub/traceparent")) {
                byte[] bytes = lastTraceparent.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
                return;
            }
            if (path.startsWith("/__stub/")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                switch (path) {
                    case "/__stub/organizations" -> organizations.put(body.get("id").asText(), (ObjectNode) body);
                    case "/__stub/members" -> members.put(body.get("id").asText(), (ObjectNode) body);
                    case "/__stub/failure" -> failure = body.get("status").asInt();
                    case "/__stub/answers" -> answers.put(answerKey(body.get("path").asText(), body.path("organizationId").asText(null)),
                            body.get("body"));
                    default -> {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                }
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
            lastTraceparent = traceparent == null ? "" : traceparent;
            if (failure != 0) {
                exchange.sendResponseHeaders(failure, -1);
                return;
            }
            if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Map<String, String> query = StubServers.query(exchange.getRequestURI().getRawQuery());
            JsonNode answer = answers.get(answerKey(path, query.get("organizationId")));
            if (answer == null) {
                answer = answers.get(answerKey(path, null));
            }
            if (answer == null) {
                answer = answer(path, query);
            }
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            StubServers.sendJson(exchange, 200, JSON.writeValueAsBytes(answer));
        }
    }

    private JsonNode answer(String path, Map<String, String> query) {
        String[] parts = path.split("/");
        if (path.equals("/v1/organizations")) {
            String rootPath = path(organizations.get(query.get("subtreeOf")));
            ArrayNode items = JSON.createArrayNode();
            organizations.values().stream()
                    .filter(o -> query.get("type") == null || query.get("type").equals(o.path("type").asText()))
                    .filter(o -> rootPath != null && path(o).startsWith(rootPath))
                    .sorted(Comparator.comparing(o -> o.get("id").asText()))
                    .forEach(items::add);
            return JSON.createObjectNode().set("items", items);
        }
        if (parts.length == 4 && parts[2].equals("organizations")) {
            return organizations.get(parts[3]);
        }
        if (parts.length == 4 && parts[2].equals("members")) {
            return members.get(parts[3]);
        }
        if (parts.length == 5 && parts[2].equals("organizations") && parts[4].equals("members") && organizations.containsKey(parts[3])) {
            String rootPath = path(organizations.get(parts[3]));
            ArrayNode items = JSON.createArrayNode();
            members.values().stream()
                    .filter(m -> organizations.containsKey(m.get("organizationId").asText())
                            && path(organizations.get(m.get("organizationId").asText())).startsWith(rootPath))
                    .sorted(Comparator.comparing(m -> m.get("id").asText()))
                    .forEach(items::add);
            return JSON.createObjectNode().set("items", items);
        }
        return null;
    }

    private static String answerKey(String path, String organizationId) {
        return organizationId == null ? path : path + "?organizationId=" + organizationId;
    }

    /** The materialized path "/root/.../self/" of a registered organization, or null. */
    private static String path(JsonNode organization) {
        if (organization == null) {
            return null;
        }
        StringBuilder path = new StringBuilder("/");
        organization.get("ancestorIds").forEach(id -> path.append(id.asText()).append('/'));
        return path.append(organization.get("id").asText()).append('/').toString();
    }

    /** Registers an organization or a member ({@code what}: organizations, members), or switches the stub (down). */
    public static void register(String what, Map<String, Object> body) {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client.branch-service.url", String.class);
        RestAssured.given().contentType(ContentType.JSON).body(body).post(url + "/__stub/" + what).then().statusCode(204);
    }

    /**
     * Sets what a read of {@code path} answers (for {@code organizationId} in the query, or any when
     * null), for the reads the stub does not model itself: a structure check, star ratings.
     */
    public static void answer(String path, String organizationId, Object body) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("path", path);
        answer.put("body", body);
        if (organizationId != null) {
            answer.put("organizationId", organizationId);
        }
        register("answers", answer);
    }

    /** The {@code traceparent} header of the last read, empty if it had none. */
    public static String lastTraceparent() {
        String url = ConfigProvider.getConfig().getValue("quarkus.rest-client.branch-service.url", String.class);
        return RestAssured.get(url + "/__stub/traceparent").then().statusCode(200).extract().asString();
    }

    /** Every read answers 503, as when branch-service is down; {@code false}: it answers again. */
    public static void down(boolean down) {
        failWith(down ? 503 : 0);
    }

    /** Every read answers this status, as when branch-service fails; 0: it answers again. */
    public static void failWith(int status) {
        register("failure", Map.of("status", status));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
