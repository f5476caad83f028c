package cn.partybuilding.branchclient;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The caller's organization as branch-service knows it, read at most once per request: its path
 * is the subtree an organization role sees, and organizations named in a request are checked
 * against that subtree.
 */
@RequestScoped
public class CallerOrganization {

    @Inject
    Caller caller;

    @Inject
    BranchDirectory branches;

    @Inject
    HttpHeaders headers;

    private String path;

    /** The caller's own Authorization header, passed on to branch-service. */
    public String authorization() {
        return headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    }

    /**
     * The path of the token's organization (its orgId claim): 403 when the token names none, a 422
     * on orgId when branch-service does not show it to this caller.
     */
    public String path() {
        if (path == null) {
            path = branches.organization(caller.requireOrganizationId(), authorization(), "orgId").path();
        }
        return path;
    }

    /**
     * An organization named in a request field, when it lies in {@code subtreePath} (null: anywhere);
     * otherwise a 422 on that field, the same as for an organization that does not exist.
     */
    public BranchServiceClient.OrganizationRef within(String subtreePath, String id, String field) {
        BranchServiceClient.OrganizationRef organization = branches.organization(id, authorization(), field);
        if (subtreePath != null && !organization.path().startsWith(subtreePath)) {
            throw ProblemException.forField(field, BranchClientError.ORGANIZATION_NOT_FOUND, id);
        }
        return organization;
    }
}
