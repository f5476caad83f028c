package cn.partybuilding.volunteer.client;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.service.VolunteerError;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * branch-service as this service sees it: reads only, each with a timeout, retried twice, behind a
 * circuit breaker, and cached for a minute (callers check the caller's scope on what they get,
 * since the cache is shared). A 404 from branch-service means "not visible to this caller";
 * anything else that fails is branch-service being unavailable (503).
 */
@ApplicationScoped
public class BranchDirectory {

    @Inject
    @RestClient
    BranchServiceClient client;

    /** An organization, or a 422 problem on {@code field}. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = {ProblemException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @CacheResult(cacheName = "organizations")
    public BranchServiceClient.OrganizationRef organization(@CacheKey String id, String authorization, String field) {
        try {
            return client.organization(id, authorization);
        } catch (WebApplicationException e) {
            throw translate(e, field, VolunteerError.ORGANIZATION_NOT_FOUND, id);
        }
    }

    /** A member, or a 422 problem on {@code field}. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = {ProblemException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @CacheResult(cacheName = "members")
    public BranchServiceClient.MemberRef member(@CacheKey String id, String authorization, String field) {
        try {
            return client.member(id, authorization);
        } catch (WebApplicationException e) {
            throw translate(e, field, VolunteerError.MEMBER_NOT_FOUND, id);
        }
    }

    private static RuntimeException translate(WebApplicationException e, String field, ErrorCode notFound, String id) {
        int status = e.getResponse().getStatus();
        if (status == 404 || status == 422 || status == 400) {
            return ProblemException.forField(field, notFound, id);
        }
        if (status == 401) {
            return new ProblemException(CommonError.UNAUTHENTICATED);
        }
        if (status == 403) {
            return new ProblemException(CommonError.FORBIDDEN);
        }
        return e; // 5xx: counted by the circuit breaker, answered 503 by the exception mapper
    }
}
