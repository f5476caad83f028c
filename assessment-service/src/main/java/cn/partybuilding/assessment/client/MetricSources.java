package cn.partybuilding.assessment.client;

import cn.partybuilding.branchclient.BranchDirectory;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import java.util.function.Supplier;

/**
 * The services' figures as automatic indicators need them. Whatever keeps a service from answering
 * (refused connection, timeout, 5xx after the retries, open circuit) becomes one
 * {@link MetricSourceUnavailable} naming it; a problem (a 4xx) passes as it is.
 */
@ApplicationScoped
public class MetricSources {

    private final MetricCalls calls;
    private final BranchDirectory branches;

    public MetricSources(MetricCalls calls, BranchDirectory branches) {
        this.calls = calls;
        this.branches = branches;
    }

    public ActivityServiceClient.ComplianceReport complianceReport(String organizationId, int year, String authorization) {
        return guarded(MetricCalls.ACTIVITY, () -> calls.complianceReport(organizationId, year, authorization));
    }

    public VolunteerServiceClient.VolunteerTotals volunteerTotals(String organizationId, String from, String to, String authorization) {
        return guarded(MetricCalls.VOLUNTEER, () -> calls.volunteerTotals(organizationId, from, to, authorization));
    }

    public List<VolunteerServiceClient.CommunityReport> activeMemberReports(String organizationId, String authorization) {
        return guarded(MetricCalls.VOLUNTEER, () -> calls.activeMemberReports(organizationId, authorization));
    }

    public BranchFiguresClient.StructureCheck structureCheck(String organizationId, String authorization) {
        return guarded(MetricCalls.BRANCH, () -> calls.structureCheck(organizationId, authorization));
    }

    public List<BranchFiguresClient.StarRating> finalStarRatings(String organizationId, int year, String authorization) {
        return guarded(MetricCalls.BRANCH, () -> calls.finalStarRatings(organizationId, year, authorization));
    }

    /** The members of the organization's subtree (branch-client), counted. */
    public int memberCount(String organizationId, String authorization) {
        return guarded(MetricCalls.BRANCH, () -> branches.members(organizationId, authorization)).size();
    }

    private static <T> T guarded(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProblemException problem) {
            if (problem.errorCode().text().status() >= 500) {
                throw new MetricSourceUnavailable(service, problem);
            }
            throw problem;
        } catch (FaultToleranceException | ProcessingException | WebApplicationException failure) {
            throw new MetricSourceUnavailable(service, failure);
        }
    }
}
