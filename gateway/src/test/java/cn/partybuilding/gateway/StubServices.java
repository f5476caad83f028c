package cn.partybuilding.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-ins for the services behind the gateway: an echo service (answers with what it received,
 * for a path ending in /stream a long chunked body sent over several ticks, and for
 * {@code ?answer=STATUS} that status with a problem, or with no body for {@code ?answer=503-bare};
 * the first request with a given {@code X-Close-First-Attempt} has its connection closed unanswered),
 * a slow one (answers after 3 s) and an address where nothing listens (a stopped service).
 * <p>
 * A test class may add settings as init arguments; {@value #ECHO_URL} in a value is the echo's address.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    public static final String ECHO_URL = "{echo}";

    /** How many requests reached the echo service: proves the gateway refused others itself. */
    public static final AtomicInteger ECHO_CALLS = new AtomicInteger();
    /** How many request bodies the echo service received to their end. */
    public static final AtomicInteger ECHO_BODIES = new AtomicInteger();

    /** The values of {@code X-Close-First-Attempt} whose first request had its connection closed. */
    public static final Set<String> CLOSED_ONCE = ConcurrentHashMap.newKeySet();

    /** The /stream answer: {@value #STREAM_TICKS} ticks of {@value #CHUNKS_PER_TICK} chunks. */
    public static final int STREAM_TICKS = 8;
    public static final int CHUNKS_PER_TICK = 8;
    public static final int CHUNK_BYTES = 16 * 1024;

    private Vertx vertx;
    private Map<String, String> extraSettings = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        extraSettings = initArgs;
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer echo = listen(vertx.createHttpServer().requestHandler(request -> {
            ECHO_CALLS.incrementAndGet();
            if (request.path().endsWith("/stream")) {
                stream(request.response().setChunked(true), 0);
                return;
            }
            String closeOnce = request.getHeader("x-close-first-attempt");
            if (closeOnce != null && CLOSED_ONCE.add(closeOnce)) {
                request.connection().close(); // as a stopping service closes a pooled connection
                return;
            }
            String answer = request.getParam("answer");
            if (answer != null) {
                answerWith(request.response(), answer);
                return;
            }
            if ("\"7\"".equals(request.getHeader("If-None-Match"))) {
                request.response().setStatusCode(304).putHeader("ETag", "\"7\"").end(); // as the services revalidate
                return;
            }
            request.body().onSuccess(body -> {
                ECHO_BODIES.incrementAndGet();
                JsonObject headers = new JsonObject();
                request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                request.response().putHeader("Content-Type", "application/json").putHeader("ETag", "\"7\"")
                        .end(new JsonObject()
                                .put("method", request.method().name())
                                .put("uri", request.uri())
                                .put("headers", headers)
                                .put("bodyLength", body.length())
                                .put("body", body.toString())
                                .encode());
            });
        }));
        HttpServer slow = listen(vertx.createHttpServer().requestHandler(request ->
                vertx.setTimer(3000, t -> request.response().end("{}"))));
        String echoUrl = "http://127.0.0.1:" + echo.actualPort();
        Map<String, String> settings = new HashMap<>(Map.of(
                "gateway.services.branch-service.url", echoUrl,
                "gateway.services.activity-service.url", "http://127.0.0.1:" + closedPort(),
                "gateway.services.volunteer-service.url", "http://127.0.0.1:" + slow.actualPort(),
                "gateway.services.volunteer-service.prefixes", "/v1/wishes",
                "gateway.timeout", "PT1S",
                "gateway.max-body-bytes", "1024",
                "gateway.rate-limit.requests-per-minute", "30"));
        extraSettings.forEach((key, value) -> settings.put(key, value.replace(ECHO_URL, echoUrl)));
        return settings;
    }

    /** A service's answer to a caller's bad request, or a bare 503 as a stopping Quarkus gives. */
    private static void answerWith(HttpServerResponse response, String answer) {
        if (answer.equals("503-bare")) {
            response.setStatusCode(503).end();
            return;
        }
        int status = Integer.parseInt(answer);
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("status", status).put("code", "STAND_IN").encode());
    }

    /** Chunk {@code i} is {@value #CHUNK_BYTES} times the letter {@code 'a' + i % 26}. */
    public static String streamChunk(int i) {
        return String.valueOf((char) ('a' + i % 26)).repeat(CHUNK_BYTES);
    }

    private void stream(HttpServerResponse response, int tick) {
        for (int i = tick * CHUNKS_PER_TICK; i < (tick + 1) * CHUNKS_PER_TICK; i++) {
            response.write(streamChunk(i));
        }
        if (tick + 1 == STREAM_TICKS) {
            response.end();
        } else {
            vertx.setTimer(5, t -> stream(response, tick + 1));
        }
    }

    private static HttpServer listen(HttpServer server) {
        try {
            return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub service did not start", e);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
