package cn.partybuilding.branchclient;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ErrorCode;
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
 * branch-service as the other services see it: reads only, each with a timeout, retried twice,
 * behind a circuit breaker; organizations and members are cached briefly (each service sets the
 * caches' lifetimes; callers check the caller's scope on what they get, since the caches are
 * shared). A 404 from branch-service means "not visible to this caller"; anything else that fails
 * is branch-service being unavailable (503).
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
            throw translate(e, field, BranchClientError.ORGANIZATION_NOT_FOUND, id);
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
            throw translate(e, field, BranchClientError.MEMBER_NOT_FOUND, id);
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
            throw translate(e, "organizationId", BranchClientError.ORGANIZATION_NOT_FOUND, organizationId);
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
            throw translate(e, "organizationId", BranchClientError.ORGANIZATION_NOT_FOUND, subtreeOf);
        }
    }

    /**
     * branch-service's answer as this service's problem: 404 (or 400/422 for a malformed id) means
     * "not visible to this caller", a 422 on {@code field}; 401 and 403 pass through; anything else
     * is branch-service failing, left for the circuit breaker and answered 503.
     */
    static RuntimeException translate(WebApplicationException e, String field, ErrorCode notFound, String id) {
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
        return e;
    }
}
