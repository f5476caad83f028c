package cn.partybuilding.branchclient;

import cn.partybuilding.common.problem.CommonError;
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
     * The path of the caller's organization: a plain member's branch from their member record (403
     * when the token's orgId names another), otherwise the token's orgId claim (403 when it names
     * none); a 422 on orgId when branch-service does not show it to this caller.
     */
    public String path() {
        if (path == null) {
            String organizationId = caller.isPlainMember() ? caller.memberOrganization(memberRecord().organizationId())
                    : caller.requireOrganizationId();
            path = branches.organization(organizationId, authorization(), "orgId").path();
        }
        return path;
    }

    /** The member record a plain member's token names; a token naming no member is refused (403). */
    private BranchServiceClient.MemberRef memberRecord() {
        try {
            return branches.member(caller.subject(), authorization(), "sub");
        } catch (ProblemException notAMember) {
            if (notAMember.errorCode() == BranchClientError.MEMBER_NOT_FOUND) {
                throw new ProblemException(CommonError.TOKEN_MEMBER_MISMATCH);
            }
            throw notAMember;
        }
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
