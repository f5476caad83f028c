package cn.partybuilding.assessment.service;

import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.branchclient.CallerOrganization;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.security.Caller;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may see and change 述职评议, 整改 items and tasks: a system administrator everything; an
 * ORG_ADMIN or SECRETARY (and a machine client with {@code assessment:write}) writes within its
 * organization's subtree; any caller with an organization reads its subtree. Outside it: 404.
 */
@RequestScoped
public class DutyScope {

    @Inject
    Caller caller;

    @Inject
    CallerOrganization callerOrganization;

    public Caller caller() {
        return caller;
    }

    private boolean hasOrganization() {
        return caller.organizationId() != null || caller.hasRole(Role.MEMBER);
    }

    /** The caller's subtree path, or null for a system administrator (everything). */
    public String readPath() {
        if (caller.isSystemAdmin()) {
            return null;
        }
        if (!hasOrganization()) {
            throw new ProblemException(CommonError.NO_ORGANIZATION_IN_TOKEN);
        }
        return callerOrganization.path();
    }

    public boolean canSee(String organizationPath) {
        if (caller.isSystemAdmin()) {
            return true;
        }
        return hasOrganization() && organizationPath.startsWith(callerOrganization.path());
    }

    /** Whether the caller writes for organizations in its subtree: ORG_ADMIN, SECRETARY or a machine client with the scope. */
    private boolean writer() {
        return caller.hasRole(Role.ORG_ADMIN) || caller.hasRole(Role.SECRETARY) || caller.scopes().contains(Scope.ASSESSMENT_WRITE);
    }

    /** Whether the caller writes for this organization: a system administrator, or a writer whose subtree holds it. */
    public boolean writesFor(String organizationPath) {
        return caller.isSystemAdmin() || (writer() && caller.organizationId() != null && canSee(organizationPath));
    }

    /** 404 when the caller cannot see the organization's objects, 403 when it sees but may not change them. */
    public void requireWriter(String organizationPath) {
        if (caller.isSystemAdmin()) {
            return;
        }
        if (!canSee(organizationPath)) {
            throw ProblemException.notFound();
        }
        if (!writer() || caller.organizationId() == null) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
    }

    /**
     * 403 unless the caller reviews (回头看) this organization's items: a system administrator, or the
     * ORG_ADMIN of an organization strictly above it; 404 when the caller does not see it at all.
     */
    public void requireReviewer(String organizationPath) {
        if (caller.isSystemAdmin()) {
            return;
        }
        if (!canSee(organizationPath)) {
            throw ProblemException.notFound();
        }
        String own = callerOrganization.path();
        if (!caller.hasRole(Role.ORG_ADMIN) || caller.organizationId() == null || own.equals(organizationPath)) {
            throw new ProblemException(AssessmentError.NOT_THE_REVIEWING_ORGANIZATION);
        }
    }

    /** An organization named in a request, in the caller's subtree (anywhere for a system administrator), or a 422 on the field. */
    public BranchServiceClient.OrganizationRef writableOrganization(String id, String field) {
        if (caller.isSystemAdmin()) {
            return callerOrganization.within(null, id, field);
        }
        if (!writer() || caller.organizationId() == null) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        return callerOrganization.within(callerOrganization.path(), id, field);
    }

    /** An organization named by a query filter, when the caller sees it; a 422 on the parameter otherwise. */
    public BranchServiceClient.OrganizationRef visibleOrganization(String id, String field) {
        return callerOrganization.within(readPath(), id, field);
    }

    /** Restricts a query to the caller's subtree, given the JPQL name of the path. */
    public void restrict(Where where, String pathColumn) {
        String path = readPath();
        if (path != null) {
            where.and(pathColumn + " like :scopePath", "scopePath", path + "%");
        }
    }
}
