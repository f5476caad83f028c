package cn.partybuilding.gateway.service;

import cn.partybuilding.common.http.RequestIds;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Cursor;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.gateway.config.GatewayConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v1/audit-events} through the gateway: one call reads the audit trails of all services
 * (or of the one {@code service} names). Each service is asked for a page of its own trail with the
 * caller's token and filters, so each applies its own scope; the pages are merged newest first.
 * The cursor keeps, per service, the id of its last event returned so far, or that it has no more:
 * the next page resumes every trail exactly where it stopped. Any service failing fails the call
 * (503, or the service's own problem): an audit view never silently leaves a service out.
 */
@ApplicationScoped
public class AuditEventsMerge {

    public static final String PATH = "/v1/audit-events";
    /** The parameters the gateway consumes; every other one is each service's filter. */
    private static final Set<String> OWN_PARAMETERS = Set.of("limit", "cursor", "service");
    private static final String EXHAUSTED = "-";

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @Inject
    ObjectMapper json;

    private HttpClient client;

    /** One service's answer, read whole: a page of events is at most {@value PageParams#MAX_LIMIT} of them. */
    private record Answer(String service, int status, String contentType, Buffer body) {
    }

    /** An event and the service that recorded it. */
    private record Event(String service, JsonNode node) {
        String id() {
            return node.path("id").asText();
        }
    }

    @PostConstruct
    void createClient() {
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setConnectTimeout((int) config.timeout().toMillis()));
    }

    void handle(RoutingContext rc) {
        rc.request().resume(); // a GET carries no body
        if (rc.request().method() != HttpMethod.GET) {
            ProblemWriter.send(rc, CommonError.METHOD_NOT_ALLOWED);
            return;
        }
        MultiMap query = rc.queryParams();
        int limit = limit(query.get("limit"));
        if (limit < 0) {
            ProblemWriter.send(rc, CommonError.INVALID_PARAMETER, "limit");
            return;
        }
        String only = query.get("service");
        if (only != null && !config.services().containsKey(only)) {
            ProblemWriter.send(rc, CommonError.INVALID_PARAMETER, "service");
            return;
        }
        Map<String, String> positions = positions(query.get("cursor"));
        if (positions == null) {
            ProblemWriter.send(rc, CommonError.INVALID_CURSOR);
            return;
        }
        String filters = filters(query);
        List<Future<Answer>> answers = new ArrayList<>();
        for (String service : config.services().keySet()) {
            boolean asked = only == null || only.equals(service);
            if (!asked) {
                continue;
            }
            String position = positions.get(service);
            if (EXHAUSTED.equals(position)) {
                continue;
            }
            String uri = PATH + "?limit=" + limit + filters
                    + (position == null ? "" : "&cursor=" + Cursor.encode(position));
            answers.add(ask(rc, service, uri));
        }
        Future.join(answers).onComplete(done -> respond(rc, answers, positions, limit, only));
    }

    private Future<Answer> ask(RoutingContext rc, String service, String uri) {
        RouteTable.Target target = RouteTable.Target.of(service, config.services().get(service).url());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(target.host())
                .setPort(target.port()).setSsl(target.tls()).setURI(uri)
                .setIdleTimeout(config.timeout().toMillis())
                .putHeader(HttpHeaders.ACCEPT, "application/json");
        // the trace context is the gateway span's, sent by the HTTP client's tracing
        copy(rc, options, HttpHeaders.AUTHORIZATION.toString(), HttpHeaders.ACCEPT_LANGUAGE.toString(), RequestIds.HEADER);
        options.putHeader("X-Forwarded-For", ProxyRoutes.forwardedFor(rc.request()));
        return client.request(options).compose(HttpClientRequest::send)
                .compose(response -> response.body().map(body -> new Answer(service, response.statusCode(),
                        response.getHeader(HttpHeaders.CONTENT_TYPE), body)));
    }

    private void respond(RoutingContext rc, List<Future<Answer>> answers, Map<String, String> positions, int limit,
                         String only) {
        List<Event> events = new ArrayList<>();
        Map<String, Boolean> morePages = new LinkedHashMap<>();
        Map<String, Integer> returned = new LinkedHashMap<>();
        for (Future<Answer> future : answers) {
            if (future.failed()) {
                ProblemWriter.send(rc, CommonError.SERVICE_UNAVAILABLE, "audit-events");
                return;
            }
            Answer answer = future.result();
            if (answer.status() != 200) {
                relay(rc, answer); // the caller's bad filter (4xx), or that service's failure
                return;
            }
            try {
                JsonNode page = json.readTree(answer.body().getBytes());
                page.path("items").forEach(item -> events.add(new Event(answer.service(), item)));
                returned.put(answer.service(), page.path("items").size());
                morePages.put(answer.service(), page.hasNonNull("nextCursor"));
            } catch (IOException e) {
                ProblemWriter.send(rc, CommonError.SERVICE_UNAVAILABLE, answer.service());
                return;
            }
        }
        events.sort(Comparator.comparing(Event::id).reversed());
        List<Event> shown = events.subList(0, Math.min(limit, events.size()));

        Map<String, String> next = new LinkedHashMap<>(positions);
        Map<String, Integer> taken = new LinkedHashMap<>();
        for (Event event : shown) {
            next.put(event.service(), event.id());
            taken.merge(event.service(), 1, Integer::sum);
        }
        boolean anyLeft = false;
        for (String service : returned.keySet()) {
            boolean allTaken = taken.getOrDefault(service, 0) == returned.get(service);
            if (allTaken && !morePages.get(service)) {
                next.put(service, EXHAUSTED);
            } else {
                anyLeft = true;
            }
        }
        ObjectNode body = json.createObjectNode();
        ArrayNode items = body.putArray("items");
        shown.forEach(event -> items.add(event.node()));
        if (anyLeft) {
            body.put("nextCursor", Cursor.encode(encode(next, only)));
        }
        rc.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(body.toString());
    }

    private static void relay(RoutingContext rc, Answer answer) {
        if (answer.contentType() != null) {
            rc.response().putHeader(HttpHeaders.CONTENT_TYPE, answer.contentType());
        }
        rc.response().setStatusCode(answer.status()).end(answer.body());
    }

    private static void copy(RoutingContext rc, RequestOptions options, String... names) {
        for (String name : names) {
            String value = rc.request().getHeader(name);
            if (value != null) {
                options.putHeader(name, value);
            }
        }
    }

    /** The services' own filters, passed on as given. */
    private static String filters(MultiMap query) {
        StringBuilder filters = new StringBuilder();
        query.forEach(parameter -> {
            if (!OWN_PARAMETERS.contains(parameter.getKey())) {
                filters.append('&').append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            }
        });
        return filters.toString();
    }

    /** The page size asked for, or -1 when it is not one. */
    private static int limit(String value) {
        if (value == null) {
            return PageParams.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            return limit >= 1 && limit <= PageParams.MAX_LIMIT ? limit : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Each service's position from the cursor ("service=id;…", the id of its last event returned or
     * {@value #EXHAUSTED}); empty without a cursor, null when the cursor is not one of ours.
     */
    private Map<String, String> positions(String cursor) {
        Map<String, String> positions = new LinkedHashMap<>();
        if (cursor == null || cursor.isEmpty()) {
            return positions;
        }
        String key;
        try {
            key = Cursor.decode(cursor);
        } catch (RuntimeException notOurs) {
            return null;
        }
        for (String part : key.split(";")) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                return null;
            }
            String service = part.substring(0, equals);
            String position = part.substring(equals + 1);
            if (!config.services().containsKey(service) || !(EXHAUSTED.equals(position) || Ulid.isValid(position))) {
                return null;
            }
            positions.put(service, position);
        }
        return positions;
    }

    /** The cursor's key; a call limited to one service keeps the others' positions out of it. */
    private String encode(Map<String, String> positions, String only) {
        StringBuilder key = new StringBuilder();
        positions.forEach((service, position) -> {
            if (only == null || only.equals(service)) {
                key.append(key.isEmpty() ? "" : ";").append(service).append('=').append(position);
            }
        });
        return key.toString();
    }
}
