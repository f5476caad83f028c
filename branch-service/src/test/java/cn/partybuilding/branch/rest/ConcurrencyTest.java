package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Requests really run in parallel: every thread waits at a gate and all are released at once. */
@QuarkusTest
class ConcurrencyTest {

    private static <T> List<T> inParallel(int threads, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return task.call();
                }));
            }
            gate.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoCreatesOfOneCodeGiveOne201AndOne409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String code = Api.unique("RACE");
            List<Integer> statuses = inParallel(2, () -> asAdmin()
                    .body(Map.of("code", code, "name", "并发创建的党委", "type", "PARTY_COMMITTEE"))
                    .post("/v1/organizations").statusCode());
            Collections.sort(statuses);
            assertEquals(List.of(201, 409), statuses, "round " + round);
            assertEquals(1, asAdmin().queryParam("q", "并发创建的党委").queryParam("limit", 200).get("/v1/organizations")
                    .<List<String>>path("items.code").stream().filter(code::equals).count());
        }
    }

    @Test
    void tenConcurrentTransfersOfOneMemberLeaveOneConsistentHistory() throws Exception {
        String committee = Api.organization(null, "PARTY_COMMITTEE", "市医疗保障局机关党委");
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            branches.add(Api.organization(committee, "BRANCH", "市医疗保障局第" + (i + 1) + "党支部"));
        }
        String home = Api.organization(committee, "BRANCH", "市医疗保障局机关党支部");
        String member = Api.member(home, "孙卫东");

        List<String> targets = Collections.synchronizedList(new ArrayList<>(branches));
        List<Integer> statuses = inParallel(10, () -> asAdmin()
                .body(Map.of("toOrganizationId", targets.remove(0), "reason", "并发转接"))
                .post("/v1/members/" + member + "/transfers").statusCode());
        assertEquals(Collections.nCopies(10, 201), statuses);

        Response history = asAdmin().queryParam("limit", 200).get("/v1/members/" + member + "/transfers");
        List<String> from = history.path("items.fromOrganizationId");
        List<String> to = history.path("items.toOrganizationId");
        assertEquals(10, to.size());
        assertEquals(home, from.get(0));
        for (int i = 1; i < to.size(); i++) {
            assertEquals(to.get(i - 1), from.get(i), "each transfer starts where the previous one ended");
        }
        assertEquals(branches.stream().sorted().toList(), to.stream().sorted().toList());
        assertEquals(to.get(to.size() - 1), asAdmin().get("/v1/members/" + member).path("organizationId"));
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyCreateOneOrganization() throws Exception {
        String key = Api.idempotencyKey();
        String code = Api.unique("IDEM-RACE");
        List<Response> responses = inParallel(8, () -> asAdmin().header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", "幂等并发党委", "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations"));
        List<String> createdIds = responses.stream().filter(r -> r.statusCode() == 201).map(r -> r.<String>path("id"))
                .distinct().toList();
        assertEquals(1, createdIds.size(), "every 201 is the same organization");
        responses.forEach(r -> assertEquals(true, r.statusCode() == 201 || r.statusCode() == 409,
                "a retry either replays the result or is told the first is still running"));
        assertEquals(1, asAdmin().queryParam("q", "幂等并发党委").queryParam("limit", 200).get("/v1/organizations")
                .<List<String>>path("items.code").stream().filter(code::equals).count());
    }
}
