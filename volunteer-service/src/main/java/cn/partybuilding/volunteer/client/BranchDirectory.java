package cn.partybuilding.volunteer.client;

import cn.partybuilding.branchclient.BranchCalls;
import cn.partybuilding.branchclient.BranchServiceClient;
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
            throw BranchCalls.translate(e, field, VolunteerError.ORGANIZATION_NOT_FOUND, id);
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
            throw BranchCalls.translate(e, field, VolunteerError.MEMBER_NOT_FOUND, id);
        }
    }
}
