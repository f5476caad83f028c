package cn.partybuilding.activity;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for branch-service: answers the three reads activity-service makes from organizations
 * and members that tests register through {@code POST /__stub/...}, and can be switched "down"
 * (every read answers 503) to prove reads of activities keep working and writes fail cleanly.
 * Its state lives in the stub's own HTTP API because the test and the stub may not share classes.
 */
public class BranchServiceStub implements QuarkusTestResourceLifecycleManager {

    private final Map<String, JsonObject> organizations = new ConcurrentHashMap<>();
    private final Map<String, List<JsonObject>> members = new ConcurrentHashMap<>();
    private volatile boolean down;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            HttpServer server = vertx.createHttpServer().requestHandler(this::handle)
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return Map.of("quarkus.rest-client.branch-service.url", "http://127.0.0.1:" + server.actualPort());
        } catch (Exception e) {
            throw new IllegalStateException("branch-service stub did not start", e);
        }
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__stub/")) {
            request.body().onSuccess(body -> {
                JsonObject json = body.length() == 0 ? new JsonObject() : body.toJsonObject();
                switch (path) {
                    case "/__stub/organizations" -> organizations.put(json.getString("id"), json);
                    case "/__stub/members" -> members.computeIfAbsent(json.getString("organizationId"), k -> new ArrayList<>()).add(json);
                    case "/__stub/down" -> down = json.getBoolean("down");
                    default -> {
                    }
                }
                request.response().setStatusCode(204).end();
            });
            return;
        }
        if (down) {
            request.response().setStatusCode(503).end();
            return;
        }
        if (request.getHeader("Authorization") == null) {
            request.response().setStatusCode(401).end();
            return;
        }
        String[] parts = path.split("/");
        if (path.equals("/v1/organizations")) {
            String subtree = request.getParam("subtreeOf");
            String rootPath = path(organizations.get(subtree));
            JsonArray items = new JsonArray();
            organizations.values().stream()
                    .filter(o -> request.getParam("type") == null || request.getParam("type").equals(o.getString("type")))
                    .filter(o -> rootPath != null && path(o).startsWith(rootPath))
                    .sorted((a, b) -> a.getString("id").compareTo(b.getString("id")))
                    .forEach(items::add);
            json(request, new JsonObject().put("items", items));
        } else if (parts.length == 4 && organizations.containsKey(parts[3])) {
            json(request, organizations.get(parts[3]));
        } else if (parts.length == 5 && parts[4].equals("members") && organizations.containsKey(parts[3])) {
            String rootPath = path(organizations.get(parts[3]));
            JsonArray items = new JsonArray();
            members.forEach((orgId, list) -> {
                if (organizations.containsKey(orgId) && path(organizations.get(orgId)).startsWith(rootPath)) {
                    list.forEach(items::add);
                }
            });
            json(request, new JsonObject().put("items", items));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private static String path(JsonObject organization) {
        if (organization == null) {
            return null;
        }
        StringBuilder path = new StringBuilder("/");
        organization.getJsonArray("ancestorIds").forEach(id -> path.append(id).append('/'));
        return path.append(organization.getString("id")).append('/').toString();
    }

    private static void json(HttpServerRequest request, JsonObject body) {
        request.response().putHeader("Content-Type", "application/json").end(body.encode());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
