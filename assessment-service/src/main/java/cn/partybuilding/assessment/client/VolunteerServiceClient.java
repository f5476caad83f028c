package cn.partybuilding.assessment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The part of volunteer-service's API that automatic indicators read, with the caller's token passed on. */
@RegisterRestClient(configKey = "volunteer-service")
@Path("/v1")
public interface VolunteerServiceClient {

    /** Confirmed hours of a subtree in a period (volunteer-service's VolunteerTotals). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VolunteerTotals(String organizationId, String from, String to, BigDecimal hours, Long personTimes) {
    }

    /** A 双报到 report; only who reported. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommunityReport(String id, String kind, String memberId, String organizationId, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, String nextCursor) {
    }

    @GET
    @Path("/volunteer-stats")
    VolunteerTotals stats(@QueryParam("organizationId") String organizationId, @QueryParam("from") String from,
                          @QueryParam("to") String to, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/community-reports")
    Page<CommunityReport> communityReports(@QueryParam("organizationId") String organizationId, @QueryParam("kind") String kind,
                                           @QueryParam("status") String status, @QueryParam("limit") int limit,
                                           @QueryParam("cursor") String cursor, @HeaderParam("Authorization") String authorization);
}
