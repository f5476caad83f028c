package cn.partybuilding.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UlidTest {

    @Test
    void generatedIdIs26CrockfordCharactersAndValid() {
        String id = Ulid.next();

        assertEquals(26, id.length());
        assertTrue(id.matches("[0-9A-HJKMNP-TV-Z]{26}"), id);
        assertTrue(Ulid.isValid(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "01HZY3K9J8Q2W4E6R8T0Y2V4A",   // 25 chars
            "01HZY3K9J8Q2W4E6R8T0Y2V4A6B", // 27 chars
            "01HZY3K9J8Q2W4E6R8T0Y2V4AI",  // I is not in the alphabet
            "01HZY3K9J8Q2W4E6R8T0Y2V4AL",  // L
            "01HZY3K9J8Q2W4E6R8T0Y2V4AO",  // O
            "01HZY3K9J8Q2W4E6R8T0Y2V4AU",  // U
            "01hzy3k9j8q2w4e6r8t0y2v4a6",  // lowercase
            "01HZY3K9J8Q2W4E6R8T0Y2V4A-",
            "81HZY3K9J8Q2W4E6R8T0Y2V4A6",  // above 7ZZZZZZZZZ the time overflows 48 bits
            "01HZY3K9J8Q2W4E6R8T0Y2V4A中", // not ASCII: would meet an ascii column in SQL
            "' OR 1=1 -- 0123456789ABCD",  // SQL-ish, 26 chars
    })
    void rejectsValuesThatAreNotIds(String value) {
        assertFalse(Ulid.isValid(value));
    }

    @Test
    void acceptsAHandWrittenId() {
        assertTrue(Ulid.isValid("01HZY3K9J8Q2W4E6R8T0Y2V4A6"));
    }

    @Test
    void idsFromOneThreadAreStrictlyIncreasingAndUnique() {
        Set<String> seen = new HashSet<>();
        String previous = Ulid.next();
        seen.add(previous);
        for (int i = 0; i < 10_000; i++) {
            String before = previous;
            String id = Ulid.next();
            assertTrue(id.compareTo(before) > 0, () -> id + " does not sort after " + before);
            assertTrue(seen.add(id), id);
            previous = id;
        }
    }

    /**
     * Eight threads released together, each taking ids as fast as it can: every thread's ids
     * increase strictly and no id is taken twice. The generator has no lock, so this is what the
     * compare-and-set has to guarantee.
     */
    @Test
    void idsFromParallelThreadsAreUniqueAndIncreasingInEachThread() throws Exception {
        int threads = 8;
        int perThread = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>(perThread);
                    ready.countDown();
                    go.await();
                    for (int i = 0; i < perThread; i++) {
                        ids.add(Ulid.next());
                    }
                    return ids;
                }));
            }
            ready.await();
            go.countDown();
            Set<String> all = new HashSet<>();
            for (Future<List<String>> result : results) {
                List<String> ids = result.get(60, TimeUnit.SECONDS);
                for (int i = 1; i < ids.size(); i++) {
                    String before = ids.get(i - 1);
                    String id = ids.get(i);
                    assertTrue(id.compareTo(before) > 0, () -> id + " does not sort after " + before + " in one thread");
                }
                all.addAll(ids);
            }
            assertEquals(threads * perThread, all.size(), "no id is taken twice");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewMillisecondStartsAFreshRandomPart() {
        Ulid.State last = new Ulid.State(1_000, 7, 42);

        Ulid.State next = last.next(1_001, new SecureRandom());

        assertEquals(1_001, next.millis());
        assertTrue(Ulid.encode(next.millis(), next.high(), next.low())
                .compareTo(Ulid.encode(last.millis(), last.high(), last.low())) > 0);
    }

    @Test
    void withinAMillisecondTheRandomPartIsIncremented() {
        Ulid.State next = new Ulid.State(1_000, 7, 42).next(1_000, new SecureRandom());

        assertEquals(new Ulid.State(1_000, 7, 43), next);
    }

    @Test
    void aClockThatGoesBackKeepsTheLastMillisecond() {
        Ulid.State next = new Ulid.State(1_000, 7, 42).next(990, new SecureRandom());

        assertEquals(new Ulid.State(1_000, 7, 43), next);
    }

    @Test
    void theIncrementCarriesIntoTheHighBitsAndThenIntoTheNextMillisecond() {
        assertEquals(new Ulid.State(1_000, 8, 0), new Ulid.State(1_000, 7, -1L).next(1_000, new SecureRandom()));
        assertEquals(new Ulid.State(1_001, 0, 0), new Ulid.State(1_000, 0xFFFF, -1L).next(1_000, new SecureRandom()));
        assertTrue(Ulid.encode(1_001, 0, 0).compareTo(Ulid.encode(1_000, 0xFFFF, -1L)) > 0);
    }
}
