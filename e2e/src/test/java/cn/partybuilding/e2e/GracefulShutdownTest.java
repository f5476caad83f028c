package cn.partybuilding.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * SIGTERM under load, on a suite of its own: a service that stops costs callers of the gateway no
 * accepted request, and new ones get a fast 503 problem, never a reset or a 502; the gateway itself
 * answers in full what it accepted, and what comes while it drains, before it goes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GracefulShutdownTest {

    private static final int CALLERS = 6;
    /**
     * A request sent this long before SIGTERM has reached the service (a hop takes a few ms here);
     * one sent later may still be on its way and meet a closed port, which is the case "after".
     */
    private static final long IN_FLIGHT_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static RunningSuite suite;

    /** One request: when it was sent, and its status and content type, or the failure it met. */
    private record Outcome(long sentAt, long answeredAt, int status, String contentType, Exception failure) {
    }

    @BeforeAll
    static void startOwnSuite() {
        suite = RunningSuite.start("shutdown", Map.of());
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void aServiceStoppingUnderLoadFinishesWhatItAcceptedAndTheRestAreFast503Problems() throws Exception {
        // 200 members, their personal data decrypted and their reads audited: long enough to be in flight at SIGTERM
        List<Outcome> outcomes = underLoad("/v1/members?limit=200", () -> suite.process("branch-service").stop(Duration.ofSeconds(30)));
        long stoppedAt = stopSignalledAt;
        List<Outcome> before = outcomes.stream().filter(o -> o.sentAt() < stoppedAt - IN_FLIGHT_NANOS).toList();
        List<Outcome> after = outcomes.stream().filter(o -> o.sentAt() >= stoppedAt - IN_FLIGHT_NANOS).toList();
        assertTrue(before.size() > 10, "load before SIGTERM: " + before.size());
        assertEquals(List.of(), before.stream().filter(o -> o.status() != 200).toList(), "accepted before SIGTERM, answered in full");
        assertTrue(before.stream().anyMatch(o -> o.answeredAt() > stoppedAt), "some were still in flight at SIGTERM");
        assertEquals(List.of(), after.stream().filter(o -> o.status() != 200
                && !(o.status() == 503 && o.contentType() != null && o.contentType().startsWith("application/problem+json"))).toList(),
                "after SIGTERM: answered, or a 503 problem; never a reset or a 502");
        assertTrue(after.stream().anyMatch(o -> o.status() == 503), "the stopped service is reported as unavailable");
    }

    @Test
    @Order(2)
    void theGatewayStoppingUnderLoadFinishesWhatItAccepted() throws Exception {
        List<Outcome> outcomes = underLoad("/v1/communities?limit=50", () -> suite.process("gateway").stop(Duration.ofSeconds(30)));
        long stoppedAt = stopSignalledAt;
        List<Outcome> before = outcomes.stream().filter(o -> o.sentAt() < stoppedAt - IN_FLIGHT_NANOS).toList();
        assertTrue(before.size() > 20, "load before SIGTERM: " + before.size());
        assertEquals(List.of(), before.stream().filter(o -> o.status() != 200).toList(), "accepted before SIGTERM, answered in full");
        List<Outcome> after = outcomes.stream().filter(o -> o.sentAt() >= stoppedAt - IN_FLIGHT_NANOS).toList();
        assertEquals(List.of(), after.stream().filter(o -> o.failure() != null && !refusedOrNeverProcessed(o.failure()))
                .toList(), "no reset connection and no answer cut short");
        assertEquals(List.of(), outcomes.stream().filter(o -> o.failure() == null && o.status() != 200).toList(),
                "while it drains the gateway still answers, in full");
    }

    /**
     * What a stopping server may leave a client that sends it something new: a refused connection
     * once it has gone (a load balancer has stopped sending to it by then), HTTP/2's GOAWAY for a
     * stream it never processed (RFC 9113 §6.8), or a kept-alive HTTP/1.1 connection it closed before
     * the request's first byte of answer (RFC 9112 §9.3.1). A client may send each again elsewhere;
     * none is an answer cut short.
     */
    private static boolean refusedOrNeverProcessed(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        return failure instanceof ConnectException || message.contains("GOAWAY received")
                || message.contains("header parser received no bytes");
    }

    private volatile long stopSignalledAt;

    /** Sends requests from {@value #CALLERS} callers, stops the process once they are under way, goes on 2 s more. */
    private List<Outcome> underLoad(String path, Runnable stop) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI url = suite.gatewayUrl().resolve(path);
        String token = "Bearer " + suite.systemAdminToken();
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        for (int i = 0; i < CALLERS; i++) {
            callers.submit(() -> {
                while (running.get()) {
                    long sentAt = System.nanoTime();
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url).header("Authorization", token)
                                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                        outcomes.add(new Outcome(sentAt, System.nanoTime(), answer.statusCode(),
                                answer.headers().firstValue("Content-Type").orElse(null), null));
                    } catch (IOException e) {
                        outcomes.add(new Outcome(sentAt, System.nanoTime(), 0, null, e));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        // under load first: at least 2 s and 30 answers, however slow a loaded machine makes the first ones
        long loadedBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((System.nanoTime() < loadedBy || outcomes.size() < 30) && System.nanoTime() < giveUpAt) {
            Thread.sleep(50);
        }
        stopSignalledAt = System.nanoTime();
        stop.run();
        Thread.sleep(2000);
        running.set(false);
        callers.shutdown();
        assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS));
        return new ArrayList<>(outcomes);
    }
}
