package cn.partybuilding.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * No caller takes a service away from the others: one token's bad requests, however many, never open
 * the service's circuit, and requests without a valid token are limited per address without touching
 * the valid tokens' budgets. The requests really run in parallel, 16 at a time.
 */
@QuarkusTest
@WithTestResource(value = StubServices.class, initArgs = {
        // high enough that the per-caller limit never answers in place of the service here
        @ResourceArg(name = "gateway.rate-limit.requests-per-minute", value = "100000"),
        @ResourceArg(name = "gateway.rate-limit.anonymous-requests-per-minute", value = "20"),
        // the echo once more, under a circuit of its own that this class may open
        @ResourceArg(name = "gateway.services.flaky-service.url", value = StubServices.ECHO_URL),
        @ResourceArg(name = "gateway.services.flaky-service.prefixes", value = "/v1/flaky")})
class CallerIsolationTest {

    private static final int THREADS = 16;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(THREADS);
    /** What a service answers to a caller's bad input, including a dependency's 503 problem. */
    private static final List<Integer> BAD_ANSWERS = List.of(400, 404, 409, 422, 500, 502, 503, 504);

    @TestHTTPResource("/")
    URI gateway;

    @AfterAll
    static void stopPool() {
        POOL.shutdownNow();
    }

    private static String bearer(String subject) {
        return "Bearer " + Jwt.issuer("party-local-dev").subject(subject).groups(Set.of("MEMBER"))
                .expiresIn(Duration.ofMinutes(10)).sign();
    }

    private Future<HttpResponse<String>> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return POOL.submit(() -> HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void oneCallersThousandBadRequestsLeaveAnotherCallerAt200() throws Exception {
        String bad = bearer("bad-caller");
        String good = bearer("good-caller");
        List<Future<HttpResponse<String>>> badAnswers = new ArrayList<>();
        List<Future<HttpResponse<String>>> goodAnswers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            badAnswers.add(get("/v1/organizations?answer=" + BAD_ANSWERS.get(i % BAD_ANSWERS.size()), bad));
            if (i % 4 == 0) {
                goodAnswers.add(get("/v1/members", good));
            }
        }
        for (int i = 0; i < badAnswers.size(); i++) {
            HttpResponse<String> answer = badAnswers.get(i).get();
            assertEquals(BAD_ANSWERS.get(i % BAD_ANSWERS.size()), answer.statusCode(), answer.body());
            assertEquals("STAND_IN", new JsonObject(answer.body()).getString("code"), "the service's answer, relayed");
        }
        assertEquals(Map.of(200, 250L), statuses(goodAnswers), "the other caller's requests");
        assertEquals(200, get("/v1/organizations", good).get().statusCode(), "the circuit stayed closed");
    }

    @Test
    void theServicesOwnBare503sOpenItsCircuitForEveryone() throws Exception {
        String caller = bearer("flaky-caller");
        for (int i = 0; i < 5; i++) { // the configured threshold
            HttpResponse<String> answer = get("/v1/flaky?answer=503-bare", caller).get();
            assertEquals(503, answer.statusCode());
        }
        HttpResponse<String> open = get("/v1/flaky", bearer("someone-else")).get();
        assertEquals(503, open.statusCode());
        assertEquals("CIRCUIT_OPEN", new JsonObject(open.body()).getString("code"));
        assertTrue(open.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, get("/v1/organizations", caller).get().statusCode(), "the other services are unaffected");
    }

    @Test
    void requestsWithoutAValidTokenAreLimitedPerAddressAndValidTokensAreNot() throws Exception {
        String expired = Jwt.issuer("party-local-dev").subject("late").groups(Set.of("MEMBER"))
                .expiresAt(System.currentTimeMillis() / 1000 - 3600).sign();
        List<String> invalid = new ArrayList<>();
        invalid.add(null);
        invalid.add("Bearer not-a-jwt");
        invalid.add("Bearer " + expired);
        String valid = bearer("valid-next-door");
        List<Future<HttpResponse<String>>> anonymousAnswers = new ArrayList<>();
        List<Future<HttpResponse<String>>> validAnswers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            anonymousAnswers.add(get("/v1/organizations", invalid.get(i % invalid.size())));
            if (i % 2 == 0) {
                validAnswers.add(get("/v1/organizations", valid));
            }
        }
        Map<Integer, Long> anonymous = statuses(anonymousAnswers);
        assertEquals(Set.of(401, 429), anonymous.keySet(), anonymous.toString());
        // 20 a minute refill one every 3 s: a slow machine may let one or two more through
        assertTrue(anonymous.get(401) >= 20 && anonymous.get(401) <= 23, anonymous.toString());
        assertEquals(Map.of(200, 60L), statuses(validAnswers), "the valid token from the same address");

        HttpResponse<String> refused = get("/v1/members", "Bearer not-a-jwt").get();
        assertEquals(429, refused.statusCode());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals("RATE_LIMITED", new JsonObject(refused.body()).getString("code"));
        assertEquals("20", refused.headers().firstValue("RateLimit-Limit").orElse(""));
        assertEquals("0", refused.headers().firstValue("RateLimit-Remaining").orElse(""));
        assertTrue(refused.headers().firstValue("Retry-After").isPresent());
        assertEquals(200, get("/v1/members", valid).get().statusCode());
    }

    private static Map<Integer, Long> statuses(List<Future<HttpResponse<String>>> answers) {
        return answers.stream().collect(Collectors.groupingBy(CallerIsolationTest::status, TreeMap::new,
                Collectors.counting()));
    }

    private static int status(Future<HttpResponse<String>> answer) {
        try {
            return answer.get().statusCode();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
