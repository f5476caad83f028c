package cn.partybuilding.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/v1/*\""))
                .body(not(containsString("01METRICSRAWPATH")))
                .body(containsString("gateway_requests_seconds_count{service=\"branch-service\",status=\"200\",status_class=\"2xx\"}"))
                .body(containsString("gateway_requests_seconds_count{service=\"activity-service\",status=\"503\",status_class=\"5xx\"}"))
                .body(containsString("gateway_circuit_state{service=\"branch-service\",state=\"closed\"} 1.0"))
                .body(containsString("gateway_circuit_state{service=\"branch-service\",state=\"open\"} 0.0"))
                .body(containsString("gateway_rate_limit_rejections_total{kind=\"anonymous\"}"));
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
        given().get("/q/metrics").then()
                .body(containsString("gateway_requests_seconds_count{service=\"branch-service\",status=\"429\",status_class=\"4xx\"}"));
    }

    private static double value(String metrics, String series) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
