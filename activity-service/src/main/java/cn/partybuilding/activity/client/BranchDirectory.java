package cn.partybuilding.activity.client;

import cn.partybuilding.activity.service.ActivityError;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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

    private static final int PAGE = 200;

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
            throw translate(e, field, id);
        }
    }

    /** Every member of the organization's subtree, following branch-service's pages. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = {ProblemException.class})
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public List<BranchServiceClient.MemberRef> members(String organizationId, String authorization) {
        try {
            List<BranchServiceClient.MemberRef> members = new ArrayList<>();
            String cursor = null;
            do {
                BranchServiceClient.Page<BranchServiceClient.MemberRef> page =
                        client.members(organizationId, PAGE, cursor, authorization);
                members.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return members;
        } catch (WebApplicationException e) {
            throw translate(e, "organizationId", organizationId);
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
            List<BranchServiceClient.OrganizationRef> branches = new ArrayList<>();
            String cursor = null;
            do {
                BranchServiceClient.Page<BranchServiceClient.OrganizationRef> page =
                        client.organizations(subtreeOf, type, PAGE, cursor, authorization);
                branches.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return branches;
        } catch (WebApplicationException e) {
            throw translate(e, "organizationId", subtreeOf);
        }
    }

    private static RuntimeException translate(WebApplicationException e, String field, String id) {
        int status = e.getResponse().getStatus();
        if (status == 404 || status == 422) {
            return ProblemException.forField(field, ActivityError.ORGANIZATION_NOT_FOUND, id);
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
