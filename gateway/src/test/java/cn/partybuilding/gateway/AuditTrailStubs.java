package cn.partybuilding.gateway;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Cursor;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Three services' audit trails as the services serve them: newest first, {@code limit} and
 * {@code cursor} as in the services, {@code resourceType} filtering. Their events interleave in
 * time. {@code actor=fail} makes volunteer-service drop the connection, {@code actor=bad} makes
 * activity-service refuse the filter with a 400 problem; a request without a bearer token gets 401.
 */
public class AuditTrailStubs implements QuarkusTestResourceLifecycleManager {

    public static final List<String> SERVICES = List.of("activity-service", "branch-service", "volunteer-service", "assessment-service");
    /** Every event of every service, newest first: [service, id, resourceType]. */
    public static final List<String[]> ALL_EVENTS = new ArrayList<>();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, List<String[]>> byService = new TreeMap<>();
        SERVICES.forEach(service -> byService.put(service, new ArrayList<>()));
        // 23 events, unevenly spread: branch-service records most, volunteer-service fewest
        for (int i = 0; i < 23; i++) {
            String service = SERVICES.get(i % 5 == 0 ? 2 : i % 2);
            String[] event = {service, Ulid.next(), i % 3 == 0 ? "Member" : "Activity"};
            byService.get(service).add(0, event);
            ALL_EVENTS.add(0, event);
        }
        Map<String, String> settings = new TreeMap<>();
        byService.forEach((service, events) -> {
            HttpServer server = listen(vertx.createHttpServer().requestHandler(request -> answer(service, events, request)));
            settings.put("gateway.services." + service + ".url", "http://127.0.0.1:" + server.actualPort());
        });
        return settings;
    }

    private static void answer(String service, List<String[]> events, HttpServerRequest request) {
        if (request.getHeader("Authorization") == null) {
            request.response().setStatusCode(401).end();
            return;
        }
        String actor = request.getParam("actor");
        if ("fail".equals(actor) && service.equals("volunteer-service")) {
            request.connection().close();
            return;
        }
        if ("bad".equals(actor) && service.equals("activity-service")) {
            request.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("status", 400).put("code", "VALIDATION_FAILED").encode());
            return;
        }
        int limit = Integer.parseInt(request.getParam("limit"));
        String before = request.getParam("cursor") == null ? null : Cursor.decodeId(request.getParam("cursor"));
        String type = request.getParam("resourceType");
        List<String[]> matching = events.stream()
                .filter(e -> before == null || e[1].compareTo(before) < 0)
                .filter(e -> type == null || e[2].equals(type))
                .sorted(Comparator.comparing((String[] e) -> e[1]).reversed())
                .toList();
        JsonArray items = new JsonArray();
        matching.stream().limit(limit).forEach(e -> items.add(new JsonObject().put("id", e[1]).put("service", e[0])
                .put("resourceType", e[2])));
        JsonObject page = new JsonObject().put("items", items);
        if (matching.size() > limit) {
            page.put("nextCursor", Cursor.encode(matching.get(limit - 1)[1]));
        }
        request.response().putHeader("Content-Type", "application/json").end(page.encode());
    }

    private static HttpServer listen(HttpServer server) {
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub service did not start", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
