package cn.partybuilding.gateway.service;

import cn.partybuilding.common.http.RequestIds;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.gateway.config.GatewayConfig;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.impl.VertxInternal;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * The reverse proxy for {@code /v1/*}: checks the bearer token (401 before any service is called),
 * applies the caller's rate limit, routes by path prefix, and streams request and response bodies
 * through without buffering them. A service that refuses connections or trips its circuit answers
 * 503, one that does not answer in time 504; the other services are unaffected.
 * <p>
 * A token that passed the check is remembered (by its SHA-256) until it expires, at most
 * {@value #VERIFIED_TOKEN_SECONDS} s: its repeats skip the RS256 verification, which was a third of
 * the gateway's CPU time per request (bench/gateway-overhead.sh). Refused tokens are not remembered.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /**
     * Connection-level headers (RFC 9110 §7.6.1) are not forwarded; Host is set for the target.
     * Case-insensitive maps, so a name is looked up without lower-casing a copy of it first.
     */
    private static final MultiMap HOP_BY_HOP = names("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length");
    /**
     * Not copied either: the caller's trace context. The HTTP client sends the context of the
     * gateway's own span instead, a child of the caller's (OpenTelemetry's Vert.x tracing).
     */
    private static final MultiMap NOT_FORWARDED = names("traceparent", "tracestate").addAll(HOP_BY_HOP);
    /** An answer keeps the gateway's X-Request-Id (already set) rather than the service's copy. */
    private static final MultiMap NOT_RELAYED_BACK = names(RequestIds.HEADER).addAll(HOP_BY_HOP);
    static final long VERIFIED_TOKEN_SECONDS = 300;
    private static final int VERIFIED_TOKENS_MAX = 10_000;
    private static final int MAX_CONNECTIONS_PER_EVENT_LOOP = 32;
    private static final long LINGER_MILLIS = 2000;
    private static final long COMPRESS_FROM_BYTES = 1024;
    /** One digest per event loop: looking SHA-256 up among the security providers per request was costly. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(ProxyRoutes::newSha256);

    @Inject
    GatewayConfig config;

    @Inject
    Vertx vertx;

    @Inject
    CallerLimits limits;

    @Inject
    AuditEventsMerge auditEvents;

    @Inject
    GatewayMetrics metrics;

    private RouteTable routes;
    /**
     * One client per event loop, used only from it: its pooled connections then live on that loop.
     * With one shared client a request could borrow a connection of another loop, and every answer
     * then crossed threads twice (a wake-up each way), which was most of the gateway's latency.
     */
    private final Map<EventLoop, HttpClient> clientsByEventLoop = new ConcurrentHashMap<>();
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();

    private record VerifiedToken(String caller, long expiresAt) {
    }

    /** SHA-256 of a bearer token (hex) to the caller it names, for tokens that passed the check. */
    private final Map<String, VerifiedToken> verifiedTokens = new ConcurrentHashMap<>();

    void register(@Observes Router router) {
        routes = new RouteTable(config.services());
        config.services().keySet().forEach(service -> metrics.watchCircuit(service, breaker(service)));
        router.route("/v1/*").order(10).handler(this::handle).failureHandler(this::handleFailure);
    }

    /**
     * The event loop's client. It closes with Vert.x, not with the HTTP server's verticle whose loop
     * first asked for it: a client made from that context would close when the server stops, while
     * requests on kept-alive connections still arrive during the drain, and each would fail (a 500).
     */
    private HttpClient client() {
        // keyed by the context's event loop, not the thread: a token check may complete on a worker
        EventLoop eventLoop = ((ContextInternal) vertx.getOrCreateContext()).nettyEventLoop();
        return clientsByEventLoop.computeIfAbsent(eventLoop, loop -> ((VertxInternal) vertx).createHttpPoolClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setConnectTimeout((int) config.timeout().toMillis()),
                new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS_PER_EVENT_LOOP),
                ((VertxInternal) vertx).closeFuture()));
    }

    CircuitBreaker breaker(String service) {
        return breakers.computeIfAbsent(service, s -> new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                config.circuitBreaker().openFor(), System::nanoTime));
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        request.pause(); // the body waits until a service is chosen, then streams straight to it
        long started = System.nanoTime();
        String[] caller = {"-"};
        rc.addEndHandler(done -> {
            AccessLog.write(rc, started, caller[0]);
            metrics.recordRequest(serviceOf(request.path()), rc.response().getStatusCode(), System.nanoTime() - started);
        });

        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && parseLength(length) > config.maxBodyBytes()) {
            ProblemWriter.send(rc, CommonError.PAYLOAD_TOO_LARGE);
            return;
        }
        String token = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        String tokenKey = token == null ? null : sha256(token);
        VerifiedToken verified = tokenKey == null ? null : verifiedTokens.get(tokenKey);
        if (verified != null && verified.expiresAt() > System.currentTimeMillis() / 1000) {
            caller[0] = verified.caller();
            if (limits.admit(rc, "sub:" + caller[0])) {
                forward(rc);
            }
            return;
        }
        Uni<SecurityIdentity> identity = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        identity.subscribe().with(id -> {
            if (id == null || id.isAnonymous()) {
                refuseUnauthenticated(rc);
                return;
            }
            caller[0] = id.getPrincipal().getName();
            remember(token, tokenKey, id);
            if (limits.admit(rc, "sub:" + caller[0])) {
                forward(rc);
            }
        }, failure -> {
            if (!rc.response().headWritten()) { // else handleFailure has answered
                refuseUnauthenticated(rc);
            }
        });
    }

    /**
     * Quarkus reports a refused token by failing the request, before the identity's subscriber hears
     * of it; answered here, so that it counts against the address's budget like a missing token.
     */
    private void handleFailure(RoutingContext rc) {
        if (rc.failure() instanceof AuthenticationFailedException && !rc.response().headWritten()) {
            refuseUnauthenticated(rc);
        } else {
            rc.next();
        }
    }

    /** 401, or 429 once the client address has used up its budget for requests without a valid token. */
    private void refuseUnauthenticated(RoutingContext rc) {
        if (limits.admitAnonymous(rc)) {
            ProblemWriter.send(rc, CommonError.UNAUTHENTICATED);
        }
    }

    /** Remembers an identity established from exactly this token. */
    private void remember(String token, String tokenKey, SecurityIdentity identity) {
        if (token == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !token.equals(jwt.getRawToken())) {
            return;
        }
        if (verifiedTokens.size() >= VERIFIED_TOKENS_MAX) {
            verifiedTokens.clear(); // rare: more distinct live tokens than that within five minutes
        }
        long until = Math.min(jwt.getExpirationTime(), System.currentTimeMillis() / 1000 + VERIFIED_TOKEN_SECONDS);
        verifiedTokens.put(tokenKey, new VerifiedToken(identity.getPrincipal().getName(), until));
    }

    private static String bearerToken(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7)
                : null;
    }

    private static String sha256(String token) {
        return HexFormat.of().formatHex(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** The service a path belongs to, for the metrics: refused requests count for it too. */
    private String serviceOf(String path) {
        if (AuditEventsMerge.PATH.equals(path)) {
            return GatewayMetrics.MERGED_AUDIT_EVENTS;
        }
        return routes.find(path).map(RouteTable.Target::service).orElse(GatewayMetrics.NO_SERVICE);
    }

    private void forward(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (AuditEventsMerge.PATH.equals(request.path())) {
            auditEvents.handle(rc); // every service has one: merged here rather than routed to one
            return;
        }
        RouteTable.Target target = routes.find(request.path()).orElse(null);
        if (target == null) {
            ProblemWriter.send(rc, CommonError.NOT_FOUND);
            return;
        }
        CircuitBreaker breaker = breaker(target.service());
        if (!breaker.tryAcquire()) {
            long retryAfter = breaker.secondsUntilRetry();
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            ProblemWriter.send(rc, GatewayError.CIRCUIT_OPEN, target.service(), retryAfter);
            return;
        }
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(request.uri())
                .setIdleTimeout(config.timeout().toMillis());
        copyHeaders(request.headers(), options);
        options.putHeader(HttpHeaders.HOST, target.host() + ":" + target.port());
        options.putHeader("X-Forwarded-For", forwardedFor(request));
        options.putHeader("X-Forwarded-Proto", request.scheme());
        options.putHeader("X-Forwarded-Host", request.authority() == null ? "" : request.authority().toString());
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean bodiless = length == null && !request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        Future<HttpClientResponse> answer = exchange(request, options, length, bodiless);
        if (bodiless && (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)) {
            // a pooled connection the service closed (it restarts or stops) fails before any answer: a read may go again
            answer = answer.recover(failure -> failure instanceof HttpClosedException
                    ? exchange(request, options, null, true) : Future.failedFuture(failure));
        }
        answer.onSuccess(response -> relay(rc, response, target, breaker))
                .onFailure(failure -> fail(rc, target, breaker, failure));
    }

    /** Sends the request (its body streamed, if it has one) and returns the service's answer. */
    private Future<HttpClientResponse> exchange(HttpServerRequest request, RequestOptions options, String length,
                                                boolean bodiless) {
        return client().request(options).compose(out -> {
            if (bodiless) {
                request.resume(); // no body (a GET): send none, rather than an empty chunked one
                return out.send();
            }
            if (length != null) {
                out.putHeader(HttpHeaders.CONTENT_LENGTH, length);
            } else {
                out.setChunked(true);
            }
            return sendLimited(request, out);
        });
    }

    /**
     * Streams the body to the service and returns its answer. A body that grows past the limit resets
     * the request to the service, so it never sees a truncated body as a whole one (a plain send would
     * end the request there), and fails with {@link LimitedReadStream.TooLargeException}.
     */
    private Future<HttpClientResponse> sendLimited(HttpServerRequest request, HttpClientRequest out) {
        Promise<HttpClientResponse> answer = Promise.promise();
        out.exceptionHandler(answer::tryFail); // the reset below, reported here as well
        new LimitedReadStream(request, config.maxBodyBytes()).pipe().endOnFailure(false).to(out)
                .onFailure(failure -> {
                    answer.tryFail(failure); // first: the reset fails the service's answer too
                    out.reset(0, failure);
                });
        out.response().onSuccess(answer::tryComplete).onFailure(answer::tryFail);
        return answer.future();
    }

    private void relay(RoutingContext rc, HttpClientResponse response, RouteTable.Target target, CircuitBreaker breaker) {
        int status = response.statusCode();
        if (CircuitBreaker.isServiceFailure(status, response.getHeader(HttpHeaders.CONTENT_TYPE))) {
            breaker.onFailure();
            // a service starting or stopping answers a bare 503: the caller gets a problem, as for any other 503
            response.end();
            ProblemWriter.send(rc, CommonError.SERVICE_UNAVAILABLE, target.service());
            return;
        }
        breaker.onSuccess();
        rc.response().setStatusCode(status);
        copyHeaders(response.headers(), rc.response().headers());
        if (worthCompressing(response)) {
            rc.response().headers().remove(HttpHeaders.CONTENT_ENCODING); // Quarkus marks every answer identity first
        }
        if (response.getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
            rc.response().putHeader(HttpHeaders.CONTENT_LENGTH, response.getHeader(HttpHeaders.CONTENT_LENGTH));
        } else {
            rc.response().setChunked(true);
        }
        ResponseRelay.relay(response, rc.response(), rc.vertx().getOrCreateContext());
    }

    /**
     * Whether an answer is gzipped for a client that accepts it: JSON of {@value #COMPRESS_FROM_BYTES} bytes or more, and chunked JSON, whose size is
     * unknown. Small answers gain less than the compression costs; PDFs and images are compressed
     * already.
     */
    private static boolean worthCompressing(HttpClientResponse response) {
        String type = response.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || response.getHeader(HttpHeaders.CONTENT_ENCODING) != null
                || !(type.startsWith("application/json") || type.startsWith("application/problem+json"))) {
            return false;
        }
        String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null || parseLength(length) >= COMPRESS_FROM_BYTES;
    }

    private void fail(RoutingContext rc, RouteTable.Target target, CircuitBreaker breaker, Throwable failure) {
        if (failure instanceof LimitedReadStream.TooLargeException) {
            // the caller's fault, not the service's: it still ends a half-open trial, or the circuit would never close
            breaker.onSuccess();
            refuseRestOfBody(rc);
            return;
        }
        breaker.onFailure();
        if (failure instanceof TimeoutException || failure instanceof ConnectTimeoutException) {
            ProblemWriter.send(rc, GatewayError.SERVICE_TIMEOUT, target.service(), config.timeout().toMillis());
        } else {
            if (!(failure instanceof ConnectException)) {
                LOG.warnf("Forwarding to %s failed: %s", target.service(), failure.toString());
            }
            ProblemWriter.send(rc, CommonError.SERVICE_UNAVAILABLE, target.service());
        }
    }

    /**
     * 413 for a chunked body that grew past the limit; on HTTP/1.1 the caller's connection then closes
     * rather than carry the rest of a body that goes nowhere. Until the body ends, or for at most
     * {@value #LINGER_MILLIS} ms, what still arrives is read and dropped, so that the caller reads the
     * 413 first (closing on unread data resets the connection, and the caller's system may then
     * discard the answer).
     */
    private void refuseRestOfBody(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        ProblemWriter.send(rc, CommonError.PAYLOAD_TOO_LARGE);
        if (!http1) {
            return; // one stream of a shared connection: ending the answer ends the stream
        }
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long linger = vertx.setTimer(LINGER_MILLIS, expired -> request.connection().close());
        request.handler(dropped -> { })
                .endHandler(ended -> {
                    vertx.cancelTimer(linger);
                    request.connection().close();
                })
                .resume();
    }

    private static void copyHeaders(MultiMap from, RequestOptions to) {
        from.forEach(header -> {
            if (!NOT_FORWARDED.contains(header.getKey())) {
                to.addHeader(header.getKey(), header.getValue());
            }
        });
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!NOT_RELAYED_BACK.contains(header.getKey())) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static MultiMap names(String... names) {
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        for (String name : names) {
            map.add(name, "");
        }
        return map;
    }

    static String forwardedFor(HttpServerRequest request) {
        String previous = request.getHeader("X-Forwarded-For");
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return previous == null ? address : previous + ", " + address;
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
