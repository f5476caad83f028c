package cn.partybuilding.branchclient;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How branch-service's failures become this service's answers. */
class BranchDirectoryTranslateTest {

    private static RuntimeException translated(WebApplicationException failure) {
        return BranchDirectory.translate(failure, "organizationId",
                BranchClientError.ORGANIZATION_NOT_FOUND, "01ORG");
    }

    /** Not found, an id branch-service cannot read, any other 4xx: to the caller, a thing it may not name. */
    @ParameterizedTest
    @CsvSource({
        "400, ORGANIZATION_NOT_FOUND, organizationId, 01ORG",
        "404, ORGANIZATION_NOT_FOUND, organizationId, 01ORG",
        "422, ORGANIZATION_NOT_FOUND, organizationId, 01ORG",
        "400, MEMBER_NOT_FOUND, memberId, 01MEM",
        "404, MEMBER_NOT_FOUND, memberId, 01MEM",
        "422, MEMBER_NOT_FOUND, memberId, 01MEM",
        "409, ORGANIZATION_NOT_FOUND, organizationId, 01ORG",
        "429, MEMBER_NOT_FOUND, memberId, 01MEM"})
    void notVisibleIsA422OnTheRequestField(int status, BranchClientError notFound, String field, String id) {
        ProblemException problem = (ProblemException) BranchDirectory.translate(new WebApplicationException(status),
                field, notFound, id);
        assertEquals(notFound, problem.errorCode());
        assertEquals(422, problem.errorCode().status());
        assertEquals(field, problem.field());
        assertArrayEquals(new Object[] {id}, problem.args());
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void authenticationAndPermissionPassThrough(int status) {
        ProblemException problem = (ProblemException) translated(new WebApplicationException(status));
        assertEquals(status == 401 ? CommonError.UNAUTHENTICATED : CommonError.FORBIDDEN, problem.errorCode());
        assertEquals(status, problem.errorCode().status());
        assertNull(problem.field());
    }

    /** branch-service unavailable stays a failure, for the retries, the circuit breaker and the 503 mapper. */
    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void unavailabilityIsPassedOnUnchanged(int status) {
        WebApplicationException failure = new WebApplicationException(status);
        assertSame(failure, translated(failure));
    }

    /** branch-service's own fault is a 502 problem: not "unavailable", not retried, not counted by the breaker. */
    @ParameterizedTest
    @ValueSource(ints = {500, 501})
    void aFaultIsA502Problem(int status) {
        ProblemException problem = (ProblemException) translated(new WebApplicationException(status));
        assertEquals(BranchClientError.BRANCH_SERVICE_ERROR, problem.errorCode());
        assertEquals(502, problem.errorCode().status());
        assertNull(problem.field());
    }
}
