package cn.partybuilding.branch.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.common.problem.Problem;
import cn.partybuilding.common.problem.ProblemExceptionMappers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLIntegrityConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/**
 * A writer that loses a race finds out at commit, where the database's exception usually arrives
 * wrapped by the transaction interceptor. The shared mappers answer it as the service's own
 * problem (the persistence part of the shared module, which the gateway leaves out).
 */
@QuarkusTest
class LostRaceProblemTest {

    @Inject
    ProblemExceptionMappers mappers;

    private static RuntimeException wrappedAtCommit(Throwable cause) {
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(cause);
        return new IllegalStateException("transaction", rollback);
    }

    @Test
    void aUniqueKeyLostAtCommitIsTheServicesOwnProblem() {
        ConstraintViolationException duplicate = new ConstraintViolationException("duplicate code",
                new SQLIntegrityConstraintViolationException("Duplicate entry"), "organization.uk_organization_code");
        Response response = mappers.unexpected(wrappedAtCommit(duplicate), null);
        assertEquals(409, response.getStatus());
        assertEquals("ORGANIZATION_CODE_TAKEN", ((Problem) response.getEntity()).code());

        Response unnamed = mappers.unexpected(wrappedAtCommit(new ConstraintViolationException("duplicate",
                new SQLIntegrityConstraintViolationException("Duplicate entry"), "uk_something_else")), null);
        assertEquals(409, unnamed.getStatus());
        assertEquals("DUPLICATE", ((Problem) unnamed.getEntity()).code());
    }

    @Test
    void aStaleVersionOrADeadlockIsAConcurrentModification() {
        for (RuntimeException lost : new RuntimeException[] {new OptimisticLockException("stale"),
                new LockAcquisitionException("deadlock", new java.sql.SQLException("Deadlock found", "40001"))}) {
            Response response = mappers.unexpected(wrappedAtCommit(lost), null);
            assertEquals(409, response.getStatus(), lost.toString());
            assertEquals("CONCURRENT_MODIFICATION", ((Problem) response.getEntity()).code());
        }
        assertEquals(500, mappers.unexpected(new IllegalStateException("a real fault"), null).getStatus());
    }
}
