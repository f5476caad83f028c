package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.committeeWithBranch;
import static cn.partybuilding.branch.Api.member;
import static cn.partybuilding.branch.Api.systemAdmin;
import static cn.partybuilding.branch.Feeds.about;
import static cn.partybuilding.branch.Feeds.has;
import static cn.partybuilding.branch.Feeds.readUntil;
import static cn.partybuilding.branch.Feeds.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.partybuilding.testsupport.ChangeFeedProfile;
import cn.partybuilding.branch.Feeds;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.id.Ulid;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * No change is ever missed or delivered twice, although transactions commit out of the order in
 * which their audit rows took positions.
 */
@QuarkusTest
@TestProfile(ChangeFeedProfile.class)
class ChangeFeedConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int MEMBERS_PER_WRITER = 8;
    private static final int UPDATES_PER_MEMBER = 2;

    @Inject
    AuditTrail audit;

    @Test
    void parallelWritersAndAConcurrentReaderSeeEveryChangeExactlyOnceInOrder() throws Exception {
        String branch = committeeWithBranch()[1];
        String admin = systemAdmin();
        String since = start(admin, "members");
        Map<String, Integer> written = new ConcurrentHashMap<>(); // member -> versions written so far
        AtomicBoolean writing = new AtomicBoolean(true);
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    gate.await();
                    for (int m = 0; m < MEMBERS_PER_WRITER; m++) {
                        String id = member(branch, "并发党员" + writer + "-" + m);
                        written.put(id, 1);
                        for (int version = 1; version <= UPDATES_PER_MEMBER; version++) {
                            asAdmin().header("If-Match", "\"" + (version - 1) + "\"").body(Map.of("name", "改名" + writer + "-" + m + "-" + version))
                                    .patch("/v1/members/" + id).then().statusCode(200);
                            written.put(id, version + 1);
                        }
                    }
                    return null;
                }));
            }
            Future<Reader> reader = pool.submit(() -> {
                gate.await();
                return new Reader(admin, since).readWhile(writing, written);
            });
            gate.countDown();
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);
            Reader read = reader.get(2, TimeUnit.MINUTES);

            assertEquals(WRITERS * MEMBERS_PER_WRITER, written.size());
            assertTrue(read.itemsWhileWriting > 0 && read.pagesWhileWriting >= 3,
                    "the reader read changes while the writers wrote: " + read.pagesWhileWriting + " pages, " + read.itemsWhileWriting + " changes");
            List<Integer> everyVersion = IntStream.rangeClosed(0, UPDATES_PER_MEMBER).boxed().toList();
            for (String id : written.keySet()) {
                List<Map<String, Object>> changes = about(read.items, id);
                assertEquals(everyVersion, changes.stream().map(c -> c.get("version")).toList(),
                        "every version of " + id + " exactly once, in order");
                @SuppressWarnings("unchecked")
                Map<String, Object> latest = (Map<String, Object>) changes.get(changes.size() - 1).get("resource");
                assertEquals(UPDATES_PER_MEMBER, latest.get("version"), "the latest change carries the member as it is");
                for (Map<String, Object> change : changes) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> resource = (Map<String, Object>) change.get("resource");
                    assertTrue(resource == null || resource.get("version").equals(change.get("version")),
                            "a resource, when present, is the state of its change: " + change);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads the feed in small pages while writers write, and on until every version written has come. */
    private static final class Reader {

        private final String token;
        private final List<Map<String, Object>> items = new ArrayList<>();
        private String next;
        private int pagesWhileWriting;
        private int itemsWhileWriting;

        Reader(String token, String since) {
            this.token = token;
            this.next = since;
        }

        Reader readWhile(AtomicBoolean writing, Map<String, Integer> written) throws InterruptedException {
            Instant giveUp = null;
            while (true) {
                boolean whileWriting = writing.get();
                JsonPath page = Feeds.page(token, "members", next, 7);
                List<Map<String, Object>> got = page.getList("items");
                items.addAll(got);
                next = page.getString("nextSince");
                if (whileWriting) {
                    pagesWhileWriting++;
                    itemsWhileWriting += got.size();
                    continue;
                }
                if (giveUp == null) {
                    giveUp = Instant.now().plusSeconds(ChangeFeedProfile.SETTLE_SECONDS * 3L);
                }
                if (written.entrySet().stream().allMatch(e -> about(items, e.getKey()).size() >= e.getValue())) {
                    return this;
                }
                if (Instant.now().isAfter(giveUp)) {
                    fail("changes missing after the writers finished; read " + items.size());
                }
                if (got.isEmpty()) {
                    Thread.sleep(100);
                }
            }
        }
    }

    @Test
    void aTransactionThatCommitsLateIsNotSkippedForOneThatCommittedFirst() throws Exception {
        String admin = systemAdmin();
        String since = start(admin, "members");
        String early = Ulid.next();
        String late = Ulid.next();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> slow = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                audit.created(AuditedResource.inOrganization("Member", early, null, null), 0L); // the lower position
                inserted.countDown();
                await(release);
            }));
            assertTrue(inserted.await(10, TimeUnit.SECONDS));
            QuarkusTransaction.requiringNew().run(() -> audit.created(AuditedResource.inOrganization("Member", late, null, null), 0L));

            // the higher position has committed, the lower one not yet: the reader must not pass it
            String next = since;
            for (int read = 0; read < 3; read++) {
                JsonPath page = Feeds.page(admin, "members", next, 1000);
                assertFalse(page.getList("items.id").contains(late), "a reader that took " + late + " now would never see " + early);
                next = page.getString("nextSince");
            }
            release.countDown();
            slow.get(10, TimeUnit.SECONDS);

            List<Map<String, Object>> items = readUntil(admin, "members", next, has(late, 1)).items();
            List<Object> ids = items.stream().map(item -> item.get("id")).filter(id -> id.equals(early) || id.equals(late)).toList();
            assertEquals(List.of(early, late), ids, "both, once each, in the order of their positions");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackTransactionsGapIsPassedOnceItHasSettled() {
        String admin = systemAdmin();
        String since = start(admin, "members");
        String rolledBack = Ulid.next();
        String after = Ulid.next();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.created(AuditedResource.inOrganization("Member", rolledBack, null, null), 0L);
            throw new IllegalStateException("rolled back: its position stays a gap for ever");
        }));
        QuarkusTransaction.requiringNew().run(() -> audit.created(AuditedResource.inOrganization("Member", after, null, null), 0L));
        Instant committed = Instant.now();

        assertFalse(Feeds.page(admin, "members", since, 1000).getList("items.id").contains(after),
                "right after, the gap may still be a running transaction");
        List<Map<String, Object>> items = readUntil(admin, "members", since, has(after, 1)).items();

        Duration held = Duration.between(committed, Instant.now());
        assertTrue(held.compareTo(Duration.ofSeconds(ChangeFeedProfile.SETTLE_SECONDS - 1)) >= 0, "held for the settle time: " + held);
        assertTrue(about(items, rolledBack).isEmpty());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(8, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
