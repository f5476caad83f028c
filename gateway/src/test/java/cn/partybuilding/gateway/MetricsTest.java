package cn.partybuilding.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code /q/metrics}: Micrometer's HTTP metrics know proxied paths only as the route {@code /v1/*},
 * and the gateway's own meters say which service answered how, each circuit's state and the 429s.
 */
@QuarkusTest
@WithTestResource(StubServices.class)
class MetricsTest {

    private static String token(String subject) {
        return Jwt.issuer("party-local-dev").subject(subject).groups(Set.of("SYSTEM_ADMIN"))
                .expiresIn(Duration.ofMinutes(10)).sign();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void proxiedPathsAreOneRouteAndCountedPerService() {
        String bearer = "Bearer " + token("metrics-reader");
        given().header("Authorization", bearer).get("/v1/members/01METRICSRAWPATH").then().statusCode(200);
        given().header("Authorization", bearer).get("/v1/activities/01X").then().statusCode(503); // nothing listens

        String metrics = metricsShowing(
                "uri=\"/v1/*\"",
                "gateway_requests_seconds_count{service=\"branch-service\",status=\"200\",status_class=\"2xx\"}",
                "gateway_requests_seconds_count{service=\"activity-service\",status=\"503\",status_class=\"5xx\"}",
                "gateway_rate_limit_rejections_total{kind=\"anonymous\"}");
        assertFalse(metrics.contains("01METRICSRAWPATH"), "no raw path in any tag");
        for (String service : List.of("branch-service", "activity-service", "volunteer-service")) {
            double inStates = 0; // the other tests of this application may have opened a circuit
            for (String state : List.of("closed", "open", "half_open")) {
                String series = "gateway_circuit_state{service=\"" + service + "\",state=\"" + state + "\"}";
                assertTrue(metrics.contains(series + " "), series);
                inStates += value(metrics, series);
            }
            assertEquals(1.0, inStates, "each circuit is in exactly one state: " + service);
        }
    }

    @Test
    void rateLimitRejectionsAreCountedByKind() {
        double before = value(metrics(), "gateway_rate_limit_rejections_total{kind=\"caller\"}");
        String bearer = "Bearer " + token("metrics-limited");
        int status = 200;
        for (int i = 0; i < 40 && status != 429; i++) { // StubServices allows 30 a minute
            status = given().header("Authorization", bearer).get("/v1/organizations").statusCode();
        }
        assertTrue(status == 429, "the caller's budget ran out");
        double after = value(metrics(), "gateway_rate_limit_rejections_total{kind=\"caller\"}");
        assertTrue(after >= before + 1, "a 429 is counted: " + before + " -> " + after);
        metricsShowing("gateway_requests_seconds_count{service=\"branch-service\",status=\"429\",status_class=\"4xx\"}");
    }

    /**
     * The scrape, once it shows every one of these series (failing if it never does): the gateway's
     * timer is recorded as an answer ends, which may be just after the caller has read it.
     */
    private static String metricsShowing(String... series) {
        String metrics = "";
        for (int attempt = 0; attempt < 40; attempt++) {
            metrics = metrics();
            String scraped = metrics;
            if (Arrays.stream(series).allMatch(scraped::contains)) {
                return metrics;
            }
            LockSupport.parkNanos(50_000_000);
        }
        String scraped = metrics;
        fail("missing from /q/metrics: " + Arrays.stream(series).filter(s -> !scraped.contains(s)).toList()
                + " in\n" + scraped.lines().filter(line -> line.startsWith("gateway_")).collect(Collectors.joining("\n")));
        return metrics;
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
