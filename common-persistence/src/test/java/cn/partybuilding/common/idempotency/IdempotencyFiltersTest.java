package cn.partybuilding.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyFiltersTest {

    private static final byte[] BODY = "{\"name\":\"第一党支部\"}".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @ValueSource(strings = {"3f2b8c9e-1d4a-4b6f-9e2d-7a1c5b8e0f3d", "a", "!~"})
    void acceptsVisibleAsciiKeys(String key) {
        assertTrue(IdempotencyFilters.isValidKey(key));
    }

    @Test
    void acceptsKeyOfExactly64Characters() {
        assertTrue(IdempotencyFilters.isValidKey("k".repeat(64)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "tab\tkey", "幂等键", "key\u007f"})
    void rejectsEmptyAndInvisibleOrNonAsciiKeys(String key) {
        assertFalse(IdempotencyFilters.isValidKey(key));
    }

    @Test
    void rejectsKeyLongerThan64Characters() {
        assertFalse(IdempotencyFilters.isValidKey("k".repeat(65)));
    }

    @Test
    void hashIsDeterministic() {
        assertEquals(IdempotencyFilters.hash("/organizations", "dryRun=true", BODY),
                IdempotencyFilters.hash("/organizations", "dryRun=true", BODY.clone()));
    }

    @Test
    void hashDependsOnBodyPathAndQuery() {
        String hash = IdempotencyFilters.hash("/organizations", "dryRun=true", BODY);

        assertNotEquals(hash, IdempotencyFilters.hash("/organizations", "dryRun=true", "{}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(hash, IdempotencyFilters.hash("/members", "dryRun=true", BODY));
        assertNotEquals(hash, IdempotencyFilters.hash("/organizations", "dryRun=false", BODY));
        assertNotEquals(hash, IdempotencyFilters.hash("/organizations", null, BODY));
    }

    @Test
    void hashSeparatesQueryFromBody() {
        // the query ends where the body starts; moving bytes across that boundary must change the hash
        assertNotEquals(IdempotencyFilters.hash("/p", "a", "b".getBytes(StandardCharsets.UTF_8)),
                IdempotencyFilters.hash("/p", "ab", new byte[0]));
    }
}
