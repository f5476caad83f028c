package cn.partybuilding.common.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Recognises a failure that arrived wrapped in another (a unique key violated at commit comes
 * through the transaction interceptor as a RollbackException). The persistence part of this
 * module provides one; a service without a database (the gateway) has none.
 */
public interface WrappedFailures {

    /** The problem response for this cause, or {@code null} when it is not one this knows. */
    Response answer(Throwable cause, HttpHeaders headers);
}
