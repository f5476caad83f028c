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
 * shared). A 4xx from branch-service is the caller's own 4xx; only a transport failure, a timeout
 * or branch-service saying it is unavailable is retried, counted by the circuit breaker and
 * answered 503. A 500 is branch-service failing on this input: answered 502 at once, neither
 * retried nor counted, so one caller's bad requests cannot open the circuit for everyone.
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
     * branch-service's answer as this service's problem: 401 and 403 pass through; any other 4xx
     * (404, or 400/422 for an id it cannot read) means "not visible to this caller", a 422 on
     * {@code field}. 502, 503 and 504 (branch-service, or a proxy in front of it, unavailable) stay
     * failures, for the retries, the circuit breaker and the 503 mapper. Any other 5xx is a fault
     * that repeats for the same input, so it is a problem (502): the retry policy aborts on problems
     * and the circuit breaker skips them.
     */
    static RuntimeException translate(WebApplicationException e, String field, ErrorCode notFound, String id) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return new ProblemException(CommonError.UNAUTHENTICATED);
        }
        if (status == 403) {
            return new ProblemException(CommonError.FORBIDDEN);
        }
        if (status >= 400 && status < 500) {
            return ProblemException.forField(field, notFound, id);
        }
        if (status == 502 || status == 503 || status == 504) {
            return e;
        }
        return new ProblemException(BranchClientError.BRANCH_SERVICE_ERROR);
    }
}
