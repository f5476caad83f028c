package cn.partybuilding.assessment.client;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
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
 * The reads of automatic indicators, each with a timeout, retried twice (they are reads), behind a
 * circuit breaker per call. A 4xx is the caller's own (401 and 403 pass through, others are a 422
 * naming the service) and is neither retried nor counted; a transport failure, a timeout or a 5xx
 * is retried, then left for {@link MetricSources} to answer 503. Every call forwards the caller's
 * token, so each service applies its own scope.
 */
@ApplicationScoped
public class MetricCalls {

    static final String ACTIVITY = "activity-service";
    static final String VOLUNTEER = "volunteer-service";
    static final String BRANCH = "branch-service";
    private static final int PAGE = 200;

    @Inject
    @RestClient
    ActivityServiceClient activity;

    @Inject
    @RestClient
    VolunteerServiceClient volunteer;

    @Inject
    @RestClient
    BranchFiguresClient branch;

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public ActivityServiceClient.ComplianceReport complianceReport(String organizationId, int year, String authorization) {
        try {
            return activity.complianceReport(organizationId, year, authorization);
        } catch (WebApplicationException e) {
            throw refused(e, ACTIVITY);
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public VolunteerServiceClient.VolunteerTotals volunteerTotals(String organizationId, String from, String to, String authorization) {
        try {
            return volunteer.stats(organizationId, from, to, authorization);
        } catch (WebApplicationException e) {
            throw refused(e, VOLUNTEER);
        }
    }

    /** Every active 党员报到 of the subtree, page after page. */
    @Timeout(value = 20, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public List<VolunteerServiceClient.CommunityReport> activeMemberReports(String organizationId, String authorization) {
        try {
            List<VolunteerServiceClient.CommunityReport> all = new ArrayList<>();
            String cursor = null;
            do {
                VolunteerServiceClient.Page<VolunteerServiceClient.CommunityReport> page =
                        volunteer.communityReports(organizationId, "MEMBER", "ACTIVE", PAGE, cursor, authorization);
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return all;
        } catch (WebApplicationException e) {
            throw refused(e, VOLUNTEER);
        }
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public BranchFiguresClient.StructureCheck structureCheck(String organizationId, String authorization) {
        try {
            return branch.structureCheck(organizationId, authorization);
        } catch (WebApplicationException e) {
            throw refused(e, BRANCH);
        }
    }

    /** The FINAL star ratings of the year in the organization's subtree, page after page. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = ProblemException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            skipOn = ProblemException.class)
    public List<BranchFiguresClient.StarRating> finalStarRatings(String organizationId, int year, String authorization) {
        try {
            List<BranchFiguresClient.StarRating> all = new ArrayList<>();
            String cursor = null;
            do {
                BranchFiguresClient.Page<BranchFiguresClient.StarRating> page =
                        branch.starRatings(organizationId, year, "FINAL", PAGE, cursor, authorization);
                all.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
            return all;
        } catch (WebApplicationException e) {
            throw refused(e, BRANCH);
        }
    }

    /** A 4xx as this service's problem (not retried, not counted); a 5xx stays a failure. */
    static RuntimeException refused(WebApplicationException e, String service) {
        int status = e.getResponse().getStatus();
        if (status == 401) {
            return new ProblemException(CommonError.UNAUTHENTICATED);
        }
        if (status == 403) {
            return new ProblemException(CommonError.FORBIDDEN);
        }
        if (status >= 400 && status < 500) {
            return new ProblemException(MetricSourceErrors.METRIC_SOURCE_REFUSED, service, status);
        }
        return e;
    }
}
