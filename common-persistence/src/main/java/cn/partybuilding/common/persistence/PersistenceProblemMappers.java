package cn.partybuilding.common.persistence;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.problem.ProblemExceptionMappers;
import cn.partybuilding.common.problem.ProblemResponses;
import cn.partybuilding.common.problem.UniqueConstraintErrors;
import cn.partybuilding.common.problem.WrappedFailures;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

/**
 * The database's answers to writers that lost a race, as problems: a stale version or a deadlock
 * is 409 CONCURRENT_MODIFICATION, a unique key caught at commit is the service's own problem for
 * that key; other database failures are unexpected (500). Thrown directly or found among the
 * causes of another failure. Part of the persistence module, which the gateway does not carry.
 */
@Provider
public class PersistenceProblemMappers implements ExceptionMapper<PersistenceException>, WrappedFailures {

    private static final Logger LOG = Logger.getLogger(PersistenceProblemMappers.class);

    /** Lost races: a stale version at commit, or a deadlock victim among crossing row locks. */
    private static final List<Class<? extends RuntimeException>> LOST_RACES = List.of(OptimisticLockException.class,
            StaleStateException.class, PessimisticLockException.class, LockTimeoutException.class, LockAcquisitionException.class);

    @Inject
    UniqueConstraintErrors uniqueConstraintErrors;

    @Inject
    ProblemExceptionMappers problems;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PersistenceException e) {
        Response answer = answer(e, headers);
        return answer != null ? answer : problems.unexpected(e, headers);
    }

    @Override
    public Response answer(Throwable cause, HttpHeaders headers) {
        if (cause instanceof ConstraintViolationException violation) {
            return constraint(violation, headers);
        }
        if (LOST_RACES.stream().anyMatch(type -> type.isInstance(cause))) {
            return ProblemResponses.of(headers, CommonError.CONCURRENT_MODIFICATION, List.of());
        }
        return null;
    }

    /** A unique key caught at commit: the race between two writers that both passed the pre-check. */
    private Response constraint(ConstraintViolationException e, HttpHeaders headers) {
        String constraint = e.getConstraintName() == null ? "" : e.getConstraintName();
        ProblemException mapped = uniqueConstraintErrors.problemFor(constraint);
        if (mapped != null) {
            return ProblemResponses.of(headers, mapped);
        }
        LOG.warnf("Unmapped constraint violation %s", constraint);
        return ProblemResponses.of(headers, CommonError.DUPLICATE, List.of(), constraint);
    }
}
