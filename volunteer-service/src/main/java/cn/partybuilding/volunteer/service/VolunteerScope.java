package cn.partybuilding.volunteer.service;

import cn.partybuilding.branchclient.BranchClientError;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.branchclient.CallerOrganization;
import cn.partybuilding.common.audit.CallerSubtree;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.security.Caller;
import cn.partybuilding.common.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the caller may see and act on. A system administrator: everything. Community staff: their
 * community (the token's communityId). Organization roles (ORG_ADMIN, SECRETARY, API_CLIENT): the
 * subtree of the token's organization, as branch-service knows it. A member: their own rows. Roles
 * add up (a secretary is also a member). Anything else answers 404.
 */
@RequestScoped
public class VolunteerScope implements CallerSubtree {

    @Inject
    Caller caller;

    @Inject
    CallerOrganization callerOrganization;

    public Caller caller() {
        return caller;
    }

    public String authorization() {
        return callerOrganization.authorization();
    }

    public boolean isSystemAdmin() {
        return caller.isSystemAdmin();
    }

    public boolean isOrganizationRole() {
        return caller.hasRole(Role.ORG_ADMIN) || caller.hasRole(Role.SECRETARY) || caller.hasRole(Role.API_CLIENT);
    }

    /** The member the caller is, for MEMBER and SECRETARY tokens; otherwise null. */
    public String memberId() {
        return caller.hasRole(Role.MEMBER) || caller.hasRole(Role.SECRETARY) ? caller.subject() : null;
    }

    public String requireMemberId() {
        String member = memberId();
        if (member == null) {
            throw new ProblemException(VolunteerError.MEMBER_TOKEN_REQUIRED);
        }
        return member;
    }

    /** The community a COMMUNITY_STAFF caller acts for; otherwise null. */
    public String staffCommunityId() {
        if (!caller.hasRole(Role.COMMUNITY_STAFF)) {
            return null;
        }
        String community = caller.communityId();
        if (community == null || community.isBlank()) {
            throw new ProblemException(VolunteerError.COMMUNITY_TOKEN_REQUIRED);
        }
        return community;
    }

    /** Whether the caller acts for this community: a system administrator or its staff. */
    public boolean actsFor(String communityId) {
        return isSystemAdmin() || communityId.equals(staffCommunityId());
    }

    /** The path prefix of the caller's organization subtree, or null when the caller has no organization role. */
    public String subtreePath() {
        return isOrganizationRole() ? callerOrganization.path() : null;
    }

    /** The subtree whose audit events the caller reads: everything for a system administrator. */
    @Override
    public String path() {
        return isSystemAdmin() ? null : callerOrganization.path();
    }

    /** Whether a row of this community, organization path and member is visible to the caller. */
    public boolean canSee(String communityId, String organizationPath, String memberId) {
        if (isSystemAdmin() || (communityId != null && communityId.equals(staffCommunityId()))) {
            return true;
        }
        if (memberId != null && memberId.equals(memberId())) {
            return true;
        }
        String subtree = subtreePath();
        return subtree != null && organizationPath != null && organizationPath.startsWith(subtree);
    }

    /** Whether the caller manages this organization path: a system administrator or an organization role above it. */
    public boolean manages(String organizationPath) {
        if (isSystemAdmin()) {
            return true;
        }
        String subtree = subtreePath();
        return subtree != null && organizationPath.startsWith(subtree);
    }

    /** An organization named in a request, managed by the caller, or a 422 on that field. */
    public BranchServiceClient.OrganizationRef managedOrganization(String id, String field) {
        if (isSystemAdmin()) {
            return callerOrganization.within(null, id, field);
        }
        String subtree = subtreePath();
        if (subtree == null) { // no organization role: nothing is managed
            throw ProblemException.forField(field, BranchClientError.ORGANIZATION_NOT_FOUND, id);
        }
        return callerOrganization.within(subtree, id, field);
    }

    /**
     * Restricts a list query to the rows the caller may see, given the JPQL names of the rows'
     * community, organization path and member (any may be null when the rows have none).
     */
    public void restrict(Where where, String communityColumn, String pathColumn, String memberColumn) {
        if (isSystemAdmin()) {
            return;
        }
        List<String> any = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        String community = staffCommunityId();
        if (community != null && communityColumn != null) {
            any.add(communityColumn + " = :scopeCommunity");
            values.put("scopeCommunity", community);
        }
        String subtree = subtreePath();
        if (subtree != null && pathColumn != null) {
            any.add(pathColumn + " like :scopePath");
            values.put("scopePath", subtree + "%");
        }
        String member = memberId();
        if (member != null && memberColumn != null) {
            any.add(memberColumn + " = :scopeMember");
            values.put("scopeMember", member);
        }
        where.and(any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")", values);
    }
}
