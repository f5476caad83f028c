package cn.partybuilding.assessment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The figures of branch-service that automatic indicators read (its structure check and star
 * ratings), beside branch-client's organizations and members; the same URL (BRANCH_SERVICE_URL).
 */
@RegisterRestClient(configKey = "branch-service")
@Path("/v1")
public interface BranchFiguresClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StructureCheck(String organizationId, Long branchesChecked, List<StructureFinding> findings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StructureFinding(String organizationId, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record StarRating(String id, String organizationId, Integer year, String level, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, String nextCursor) {
    }

    @GET
    @Path("/organizations/{id}/structure-check")
    StructureCheck structureCheck(@PathParam("id") String organizationId, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/star-ratings")
    Page<StarRating> starRatings(@QueryParam("organizationId") String organizationId, @QueryParam("year") int year,
                                 @QueryParam("status") String status, @QueryParam("limit") int limit,
                                 @QueryParam("cursor") String cursor, @HeaderParam("Authorization") String authorization);
}
