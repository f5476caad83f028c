package cn.partybuilding.activity.service;

import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.branchclient.CallerOrganization;
import cn.partybuilding.common.audit.CallerSubtree;
import cn.partybuilding.common.security.Caller;
import cn.partybuilding.common.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's part of the organization tree, as branch-service knows it: everything for a system
 * administrator, otherwise the subtree of the token's organization. Other organizations' activities
 * answer 404.
 */
@RequestScoped
public class ActivityScope implements CallerSubtree {

    @Inject
    Caller caller;

    @Inject
    CallerOrganization callerOrganization;

    public String authorization() {
        return callerOrganization.authorization();
    }

    /** Path prefix the caller may see, or null for everything. */
    public String subtreePath() {
        return caller.isSystemAdmin() ? null : callerOrganization.path();
    }

    @Override
    public String path() {
        return subtreePath();
    }

    /** An organization named in a request, within the caller's scope, or a 422 on that field. */
    public BranchServiceClient.OrganizationRef organization(String id, String field) {
        return callerOrganization.within(subtreePath(), id, field);
    }

    public boolean contains(String organizationPath) {
        String scope = subtreePath();
        return scope == null || organizationPath.startsWith(scope);
    }

    /**
     * Whether the caller reads every member's attendance rate and leave requests in their subtree;
     * a plain member reads only their own.
     */
    public boolean readsEveryMembersRecords() {
        return caller.isSystemAdmin() || caller.hasRole(Role.ORG_ADMIN) || caller.hasRole(Role.SECRETARY) || caller.hasRole(Role.API_CLIENT);
    }

    public Caller caller() {
        return caller;
    }
}
