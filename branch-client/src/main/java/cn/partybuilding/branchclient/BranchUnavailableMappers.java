package cn.partybuilding.branchclient;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemResponses;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * branch-service down, slow or unavailable (what {@link BranchDirectory#translate} leaves as a
 * failure): a clear 503 with Retry-After, never a 500. Services read branch-service before they
 * write, so nothing is half-written.
 */
public class BranchUnavailableMappers {

    @ServerExceptionMapper({CircuitBreakerOpenException.class, TimeoutException.class, ProcessingException.class,
            ClientWebApplicationException.class})
    public Response unavailable(RuntimeException e, HttpHeaders headers) {
        return Response.fromResponse(ProblemResponses.of(headers, CommonError.SERVICE_UNAVAILABLE, List.of(), "branch-service"))
                .header("Retry-After", "5").build();
    }
}
