package cn.partybuilding.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void idsFromConcurrentThreadsAreUnique() throws Exception {
        int threads = 4;
        int perThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        ids.add(Ulid.next());
                    }
                    return ids;
                }));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> result : results) {
                all.addAll(result.get());
            }
            assertEquals(threads * perThread, all.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
