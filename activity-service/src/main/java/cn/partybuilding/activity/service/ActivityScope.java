package cn.partybuilding.activity.service;

import cn.partybuilding.branchclient.BranchClientError;
import cn.partybuilding.branchclient.BranchDirectory;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The caller's part of the organization tree, as branch-service knows it: everything for a system
 * administrator, otherwise the subtree of the token's organization. Other organizations' activities
 * answer 404.
 */
@RequestScoped
public class ActivityScope {

    @Inject
    Caller caller;

    @Inject
    BranchDirectory branches;

    @Inject
    HttpHeaders headers;

    private String subtreePath;

    public String authorization() {
        return headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    }

    /** Path prefix the caller may see, or null for everything. */
    public String subtreePath() {
        if (caller.isSystemAdmin()) {
            return null;
        }
        if (subtreePath == null) {
            subtreePath = branches.organization(caller.requireOrganizationId(), authorization(), "orgId").path();
        }
        return subtreePath;
    }

    /** An organization named in a request, within the caller's scope, or a 422 on that field. */
    public BranchServiceClient.OrganizationRef organization(String id, String field) {
        BranchServiceClient.OrganizationRef organization = branches.organization(id, authorization(), field);
        String scope = subtreePath();
        if (scope != null && !organization.path().startsWith(scope)) {
            throw ProblemException.forField(field, BranchClientError.ORGANIZATION_NOT_FOUND, id);
        }
        return organization;
    }

    public boolean contains(String organizationPath) {
        String scope = subtreePath();
        return scope == null || organizationPath.startsWith(scope);
    }

    public Caller caller() {
        return caller;
    }
}
