package cn.partybuilding.branchclient;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Uses {@link CallerOrganization} the way the services do, within a real request with a bearer token. */
@Path("/probe")
@Authenticated
@Produces(MediaType.TEXT_PLAIN)
public class CallerOrganizationProbe {

    @Inject
    CallerOrganization callerOrganization;

    @Inject
    @CacheName("organizations")
    Cache organizations;

    /**
     * The path of an organization checked against the caller's own subtree. The caller's path is
     * used three times and the shared cache emptied between the uses, so only CallerOrganization's
     * own memory can spare branch-service the repeated reads.
     */
    @GET
    @Path("/own-subtree/{id}")
    public String inOwnSubtree(@PathParam("id") String id) {
        callerOrganization.path();
        organizations.invalidateAll().await().indefinitely();
        callerOrganization.path();
        organizations.invalidateAll().await().indefinitely();
        return callerOrganization.within(callerOrganization.path(), id, "organizationId").path();
    }

    /** The path of an organization checked against the given subtree (none: anywhere). */
    @GET
    @Path("/within/{id}")
    public String within(@QueryParam("subtree") String subtree, @PathParam("id") String id) {
        return callerOrganization.within(subtree, id, "organizationId").path();
    }
}
