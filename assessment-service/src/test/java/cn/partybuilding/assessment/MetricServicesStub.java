package cn.partybuilding.assessment;

import cn.partybuilding.testsupport.StubServers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stands in for activity-service and volunteer-service, in the manner of the shared branch-service
 * stub: a test sets what a read answers ({@code POST /__stub/answers {"path", "organizationId", "body"}},
 * by path and organizationId parameter; a {@code cursor} parameter picks a later page), and can make
 * either service fail ({@code POST /__stub/failure {"service": "activity", "status": 503}}, 0 for none).
 * Reads without a bearer token are 401, like the real ones; {@code GET /__stub/reads} counts reads.
 */
public class MetricServicesStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        server = StubServers.start("metric services stub", this::handle);
        String url = StubServers.url(server);
        return Map.of("quarkus.rest-client.activity-service.url", url + "/activity",
                "quarkus.rest-client.volunteer-service.url", url + "/volunteer", "metric-stub.url", url);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__stub/reads")) {
                StubServers.sendJson(exchange, 200, JSON.writeValueAsBytes(reads.get()));
                return;
            }
            if (path.startsWith("/__stub/")) {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                if (path.equals("/__stub/answers")) {
                    answers.put(key(body.get("path").asText(), body.path("organizationId").asText(null), body.path("cursor").asText(null)),
                            body.get("body"));
                } else if (path.equals("/__stub/failure")) {
                    failures.put(body.get("service").asText(), body.get("status").asInt());
                }
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            reads.incrementAndGet();
            String service = path.split("/")[1];
            int failure = failures.getOrDefault(service, 0);
            if (failure != 0) {
                exchange.sendResponseHeaders(failure, -1);
                return;
            }
            if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Map<String, String> query = StubServers.query(exchange.getRequestURI().getRawQuery());
            JsonNode answer = answers.get(key(path, query.get("organizationId"), query.get("cursor")));
            if (answer == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            StubServers.sendJson(exchange, 200, JSON.writeValueAsBytes(answer));
        }
    }

    private static String key(String path, String organizationId, String cursor) {
        return path + "?organizationId=" + organizationId + "&cursor=" + cursor;
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("metric-stub.url", String.class);
    }

    /** What a read of {@code service} ("activity" or "volunteer") at {@code path} for the organization answers. */
    public static void answer(String service, String path, String organizationId, Object body) {
        answer(service, path, organizationId, null, body);
    }

    /** The same, for the page after {@code cursor}. */
    public static void answer(String service, String path, String organizationId, String cursor, Object body) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("path", "/" + service + path);
        answer.put("body", body);
        if (organizationId != null) {
            answer.put("organizationId", organizationId);
        }
        if (cursor != null) {
            answer.put("cursor", cursor);
        }
        RestAssured.given().contentType(ContentType.JSON).body(answer).post(url() + "/__stub/answers").then().statusCode(204);
    }

    /** Every read of the service answers this status; 0: it answers again. */
    public static void failWith(String service, int status) {
        RestAssured.given().contentType(ContentType.JSON).body(Map.of("service", service, "status", status))
                .post(url() + "/__stub/failure").then().statusCode(204);
    }

    /** How many reads the stub has answered (or refused) so far. */
    public static int reads() {
        return RestAssured.get(url() + "/__stub/reads").then().statusCode(200).extract().as(Integer.class);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
