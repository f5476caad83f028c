package cn.partybuilding.common.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.ws.rs.core.EntityTag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionsTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void absentIfMatchIsUnconditional(String ifMatch) {
        assertDoesNotThrow(() -> Versions.checkIfMatch(ifMatch, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "*", "\"1\", \"3\"", "\"1\",W/\"3\"", " \"3\" "})
    void ifMatchNamingTheCurrentVersionPasses(String ifMatch) {
        assertDoesNotThrow(() -> Versions.checkIfMatch(ifMatch, 3));
    }

    @Test
    void staleVersionIsPreconditionFailed() {
        ProblemException problem = assertThrows(ProblemException.class, () -> Versions.checkIfMatch("\"2\"", 3));

        assertEquals(CommonError.PRECONDITION_FAILED, problem.errorCode());
        assertEquals(412, problem.errorCode().status());
        assertArrayEquals(new Object[] {"\"2\"", "\"3\""}, problem.args());
    }

    @Test
    void listWithoutTheCurrentVersionIsPreconditionFailed() {
        ProblemException problem = assertThrows(ProblemException.class, () -> Versions.checkIfMatch("\"1\", \"2\"", 3));

        assertEquals(CommonError.PRECONDITION_FAILED, problem.errorCode());
    }

    @Test
    void etagIsTheStrongVersionNumber() {
        EntityTag etag = Versions.etag(5);

        assertEquals("5", etag.getValue());
        assertFalse(etag.isWeak());
    }
}
