package cn.partybuilding.assessment.service;

import cn.partybuilding.branchclient.BranchClientError;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.branchclient.CallerOrganization;
import cn.partybuilding.common.audit.CallerSubtree;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.security.Caller;
import cn.partybuilding.common.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * What the caller may see and do. A system administrator: everything. Any other caller with an
 * organization (its token's orgId, or a plain member's branch from the member record) sees the
 * schemes issued in its subtree or above it (an assessed organization reads its scheme), and the
 * assessments of organizations in its subtree; anything else answers 404. Writes need more than
 * sight: a scheme is written by an ORG_ADMIN whose subtree holds the issuer; self scores are
 * entered by the ORG_ADMIN or SECRETARY of the assessed organization itself; reviews, automatic
 * scores and status changes by the issuer's ORG_ADMIN (403 otherwise).
 */
@RequestScoped
public class AssessmentScope implements CallerSubtree {

    @Inject
    Caller caller;

    @Inject
    CallerOrganization callerOrganization;

    public Caller caller() {
        return caller;
    }

    /** The caller's own Authorization header, passed on to the services read. */
    public String authorization() {
        return callerOrganization.authorization();
    }

    public boolean isSystemAdmin() {
        return caller.isSystemAdmin();
    }

    /** The path of the caller's organization, or null for a system administrator and callers without one. */
    public String subtreePath() {
        if (isSystemAdmin() || (caller.organizationId() == null && !caller.hasRole(Role.MEMBER))) {
            return null;
        }
        return callerOrganization.path();
    }

    /** The subtree whose audit events the caller reads: everything for a system administrator. */
    @Override
    public String path() {
        return isSystemAdmin() ? null : callerOrganization.path();
    }

    private boolean hasOrganization() {
        return isSystemAdmin() || caller.organizationId() != null || caller.hasRole(Role.MEMBER);
    }

    /** A scheme is visible in the issuer's subtree and above it. */
    public boolean canSeeScheme(String issuerPath) {
        if (isSystemAdmin()) {
            return true;
        }
        if (!hasOrganization()) {
            return false;
        }
        String own = callerOrganization.path();
        return issuerPath.startsWith(own) || own.startsWith(issuerPath);
    }

    /** An assessment is visible to the assessed organization and everyone above it. */
    public boolean canSeeAssessment(String organizationPath) {
        if (isSystemAdmin()) {
            return true;
        }
        return hasOrganization() && organizationPath.startsWith(callerOrganization.path());
    }

    /** The caller administers this organization's subtree (SYSTEM_ADMIN, or an ORG_ADMIN at or above it). */
    public boolean administers(String organizationPath) {
        if (isSystemAdmin()) {
            return true;
        }
        return caller.hasRole(Role.ORG_ADMIN) && caller.organizationId() != null
                && organizationPath.startsWith(callerOrganization.path());
    }

    /** 403 unless the caller acts for this very organization as its ORG_ADMIN (or is a system administrator). */
    public void requireAdminOf(String organizationId) {
        if (isSystemAdmin()) {
            return;
        }
        if (!caller.hasRole(Role.ORG_ADMIN) || !organizationId.equals(caller.organizationId())) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
    }

    /** 403 unless the caller is the ORG_ADMIN or SECRETARY of this very organization. */
    public void requireOwnOrganization(String organizationId) {
        boolean role = caller.hasRole(Role.ORG_ADMIN) || caller.hasRole(Role.SECRETARY);
        if (!role || !organizationId.equals(caller.organizationId())) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
    }

    /** An organization named in a request, administered by the caller, or a 422 on that field. */
    public BranchServiceClient.OrganizationRef administeredOrganization(String id, String field) {
        if (isSystemAdmin()) {
            return callerOrganization.within(null, id, field);
        }
        if (!caller.hasRole(Role.ORG_ADMIN) || caller.organizationId() == null) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        return callerOrganization.within(callerOrganization.path(), id, field);
    }

    /** An organization named in a request, as branch-service shows it to the caller, or a 422 on that field. */
    public BranchServiceClient.OrganizationRef organization(String id, String field) {
        BranchServiceClient.OrganizationRef organization = callerOrganization.within(null, id, field);
        if (organization == null) {
            throw ProblemException.forField(field, BranchClientError.ORGANIZATION_NOT_FOUND, id);
        }
        return organization;
    }

    /** Restricts a scheme query to the schemes the caller may see, given the JPQL name of the issuer's path. */
    public void restrictSchemes(Where where, String pathColumn) {
        if (isSystemAdmin()) {
            return;
        }
        if (!hasOrganization()) {
            where.and("1 = 0", java.util.Map.of());
            return;
        }
        String own = callerOrganization.path();
        where.and("(" + pathColumn + " like :scopePath or locate(" + pathColumn + ", :scopeOwn) = 1)",
                java.util.Map.of("scopePath", own + "%", "scopeOwn", own));
    }

    /** Restricts an assessment query to the caller's subtree, given the JPQL name of the organization's path. */
    public void restrictAssessments(Where where, String pathColumn) {
        if (isSystemAdmin()) {
            return;
        }
        if (!hasOrganization()) {
            where.and("1 = 0", java.util.Map.of());
            return;
        }
        where.and(pathColumn + " like :scopePath", "scopePath", callerOrganization.path() + "%");
    }
}
