package cn.partybuilding.assessment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of activity-service's API that automatic indicators read, with the caller's token passed on. */
@RegisterRestClient(configKey = "activity-service")
@Path("/v1")
public interface ActivityServiceClient {

    /** Tolerant reader of activity-service's ComplianceReport: only the figures used here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplianceReport(String organizationId, String period, Integer branches, Integer compliantBranches,
                            List<ComplianceBranch> items) {
    }

    /** One branch of the report; {@code attendanceRate} is a fraction (0.91), null without completed activities. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplianceBranch(String organizationId, String name, Boolean compliant, Double attendanceRate) {
    }

    @GET
    @Path("/compliance-reports")
    ComplianceReport complianceReport(@QueryParam("organizationId") String organizationId, @QueryParam("year") int year,
                                      @HeaderParam("Authorization") String authorization);
}
