package cn.partybuilding.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One request through the gateway is one trace over both hops: the service (the echo stand-in) receives
 * a {@code traceparent} of the gateway's trace, whose parent is the gateway's client span, itself a
 * child of the gateway's server span. A caller's own trace context is continued, not copied.
 */
@QuarkusTest
@TestProfile(TracePropagationTest.Exported.class)
@WithTestResource(StubServices.class)
class TracePropagationTest {

    /** Every trace exported (locally and in tests none are, unless configured). */
    public static class Exported implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.traces.sampler.arg", "1.0");
        }
    }

    /** Finished spans in memory instead of an OTLP collector. */
    @Singleton
    static class InMemorySpans {
        @Produces
        @Singleton
        InMemorySpanExporter exporter() {
            return InMemorySpanExporter.create();
        }
    }

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void forgetEarlierSpans() {
        spans.reset();
    }

    private static String bearer() {
        return "Bearer " + Jwt.issuer("party-local-dev").subject("tracer").groups(Set.of("SYSTEM_ADMIN"))
                .expiresIn(Duration.ofMinutes(10)).sign();
    }

    @Test
    void theServiceReceivesTheGatewaysTrace() throws InterruptedException {
        String[] received = given().header("Authorization", bearer()).get("/v1/members/01TRACED").then().statusCode(200)
                .extract().<String>path("headers.traceparent").split("-");

        SpanData server = finished(SpanKind.SERVER);
        SpanData client = finished(SpanKind.CLIENT);
        assertEquals(server.getTraceId(), received[1], "the service continues the gateway's trace");
        assertEquals(client.getSpanId(), received[2], "its parent is the gateway's call to it");
        assertEquals(server.getSpanId(), client.getParentSpanId(), "the call belongs to the gateway's request");
        assertEquals(server.getTraceId(), client.getTraceId());
    }

    @Test
    void aCallersTraceIsContinued() throws InterruptedException {
        String callers = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        String[] received = given().header("Authorization", bearer()).header("traceparent", callers)
                .get("/v1/members").then().statusCode(200).extract().<String>path("headers.traceparent").split("-");

        SpanData server = finished(SpanKind.SERVER);
        assertEquals("0af7651916cd43dd8448eb211c80319c", received[1]);
        assertEquals("b7ad6b7169203331", server.getParentSpanId(), "the gateway's span is the caller's child");
        assertNotEquals("b7ad6b7169203331", received[2], "the service's parent is the gateway's span, not the caller's");
    }

    /** The one finished span of this kind; spans are exported when they end, just after the answer. */
    private SpanData finished(SpanKind kind) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<SpanData> ofKind = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind).toList();
            if (!ofKind.isEmpty()) {
                assertEquals(1, ofKind.size(), "one " + kind + " span: " + ofKind);
                return ofKind.get(0);
            }
            Thread.sleep(50);
        }
        assertTrue(false, "no " + kind + " span was exported: " + spans.getFinishedSpanItems());
        return null;
    }
}
