package cn.partybuilding.common.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @ParameterizedTest
    @ValueSource(strings = {"01HZY3K9J8Q2W4E6R8T0Y2V4A6", "2025-06-28|01HZY3K9J8Q2W4E6R8T0Y2V4A6", "第一党支部|42"})
    void decodeReturnsTheEncodedKey(String key) {
        assertEquals(key, Cursor.decode(Cursor.encode(key)));
    }

    @Test
    void encodedCursorIsUrlSafe() {
        String cursor = Cursor.encode("第一党支部?>>~");

        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void absentCursorMeansFirstPage(String cursor) {
        assertNull(Cursor.decode(cursor));
    }

    @Test
    void garbageIsAnInvalidCursorProblem() {
        assertInvalidCursor("!!!");
    }

    @Test
    void base64WithoutVersionPrefixIsAnInvalidCursorProblem() {
        assertInvalidCursor(base64Url("01HZY3K9J8Q2W4E6R8T0Y2V4A6"));
    }

    @Test
    void versionPrefixWithoutKeyIsAnInvalidCursorProblem() {
        assertInvalidCursor(base64Url("v1:"));
    }

    @Test
    void anIdCursorDecodesToTheId() {
        assertEquals("01HZY3K9J8Q2W4E6R8T0Y2V4A6", Cursor.decodeId(Cursor.encode("01HZY3K9J8Q2W4E6R8T0Y2V4A6")));
        assertNull(Cursor.decodeId(null));
    }

    /** A well-formed cursor around something that is not an id never reaches a query. */
    @ParameterizedTest
    @ValueSource(strings = {"中", "' OR 1=1 --", "2025-06-28|01HZY3K9J8Q2W4E6R8T0Y2V4A6", "01hzy3k9j8q2w4e6r8t0y2v4a6"})
    void aCursorThatIsNotAnIdIsAnInvalidCursorProblem(String key) {
        ProblemException problem = assertThrows(ProblemException.class, () -> Cursor.decodeId(Cursor.encode(key)));
        assertEquals(CommonError.INVALID_CURSOR, problem.errorCode());
        assertEquals("cursor", problem.field());
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertInvalidCursor(String cursor) {
        ProblemException problem = assertThrows(ProblemException.class, () -> Cursor.decode(cursor));
        assertEquals(CommonError.INVALID_CURSOR, problem.errorCode());
        assertEquals("cursor", problem.field());
    }
}
