package cn.partybuilding.activity.client;

import cn.partybuilding.activity.service.ActivityError;
import cn.partybuilding.branchclient.BranchCalls;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.problem.ProblemException;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * branch-service as this service sees it: reads only, each with a timeout, retried twice, behind a
 * circuit breaker, and organization paths cached for a minute. A 404 from branch-service means
 * "not visible to this caller"; anything else that fails is branch-service being unavailable (503).
 */
@ApplicationScoped
public class BranchDirectory {

    @Inject
    @RestClient
    BranchServiceClient client;

    /** An organization visible to the caller, or a 422 problem on {@code field}. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = {ProblemException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    @CacheResult(cacheName = "organizations")
    public BranchServiceClient.OrganizationRef organization(@CacheKey String id, String authorization, String field) {
        try {
            return client.organization(id, authorization);
        } catch (WebApplicationException e) {
            throw BranchCalls.translate(e, field, ActivityError.ORGANIZATION_NOT_FOUND, id);
        }
    }

    /** Every member of the organization's subtree, following branch-service's pages. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = {ProblemException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public List<BranchServiceClient.MemberRef> members(String organizationId, String authorization) {
        try {
            return BranchCalls.allPages(cursor -> client.members(organizationId, BranchCalls.PAGE, cursor, authorization));
        } catch (WebApplicationException e) {
            throw BranchCalls.translate(e, "organizationId", ActivityError.ORGANIZATION_NOT_FOUND, organizationId);
        }
    }

    /**
     * The organizations of one type in a subtree (its 党支部, its 党小组), for compliance reports;
     * cached briefly like organization paths: a province has 5,000 branches in 25 pages. Callers
     * check their scope against the subtree's root before asking.
     */
    @CacheResult(cacheName = "subtree-organizations")
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = {ProblemException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public List<BranchServiceClient.OrganizationRef> organizations(@CacheKey String subtreeOf, @CacheKey String type,
                                                                   String authorization) {
        try {
            return BranchCalls.allPages(cursor -> client.organizations(subtreeOf, type, BranchCalls.PAGE, cursor, authorization));
        } catch (WebApplicationException e) {
            throw BranchCalls.translate(e, "organizationId", ActivityError.ORGANIZATION_NOT_FOUND, subtreeOf);
        }
    }
}
