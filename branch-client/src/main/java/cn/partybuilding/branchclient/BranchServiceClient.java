package cn.partybuilding.branchclient;

import cn.partybuilding.common.pii.Masking;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of branch-service's API the other services read, with the caller's token passed on.
 * Services call it through {@link BranchDirectory}, which owns the timeouts, retries, circuit
 * breakers and caches.
 */
@RegisterRestClient(configKey = "branch-service")
@Path("/v1")
public interface BranchServiceClient {

    /**
     * Tolerant readers: branch-service may add fields without breaking this service. {@code hasCommittee}:
     * whether a branch has a 支部委员会 (null for other types, and from a branch-service without the field).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrganizationRef(String id, String code, String name, String type, List<String> ancestorIds, Boolean hasCommittee) {

        /** The materialized path as branch-service keeps it: "/root/.../self/". */
        public String path() {
            StringBuilder path = new StringBuilder("/");
            ancestorIds.forEach(id -> path.append(id).append('/'));
            return path.append(id).append('/').toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /**
     * {@code idCardNumber} is masked here whatever branch-service showed this caller: another service
     * prints it (a certificate) but never holds a full ID number, not even in a cache.
     */
    record MemberRef(String id, String organizationId, String name, String status, String idCardNumber) {

        public MemberRef {
            idCardNumber = Masking.idCard(idCardNumber);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, String nextCursor) {
    }

    @GET
    @Path("/organizations/{id}")
    OrganizationRef organization(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/members/{id}")
    MemberRef member(@PathParam("id") String id, @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/organizations")
    Page<OrganizationRef> organizations(@QueryParam("subtreeOf") String subtreeOf, @QueryParam("type") String type,
                                        @QueryParam("limit") int limit, @QueryParam("cursor") String cursor,
                                        @HeaderParam("Authorization") String authorization);

    @GET
    @Path("/organizations/{id}/members")
    Page<MemberRef> members(@PathParam("id") String id, @QueryParam("limit") int limit,
                            @QueryParam("cursor") String cursor, @HeaderParam("Authorization") String authorization);
}
