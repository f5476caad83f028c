package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.repository.MemberRepository;
import cn.partybuilding.branch.repository.MemberRepository.MemberRead;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.common.audit.CallerSubtree;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The part of the tree the caller may see: everything for a system administrator, otherwise the
 * subtree of the organization the token acts for. Objects outside it answer 404, as if they did
 * not exist, so that callers learn nothing about other organizations.
 */
@RequestScoped
public class CallerScope implements CallerSubtree {

    @Inject
    Caller caller;

    @Inject
    OrganizationRepository organizations;

    @Inject
    MemberRepository members;

    private String subtreePath;
    private boolean resolved;
    private MemberRead found;

    /** The caller's subtree path prefix, or {@code null} when the caller sees everything. */
    public String subtreePath() {
        if (caller.isSystemAdmin()) {
            return null;
        }
        if (!resolved) {
            String organizationId = caller.isPlainMember() ? caller.memberOrganization(plainMemberOrganizationId())
                    : caller.requireOrganizationId();
            subtreePath = pathOf(organizationId)
                    .orElseThrow(() -> new ProblemException(CommonError.NO_ORGANIZATION_IN_TOKEN));
            resolved = true;
        }
        return subtreePath;
    }

    private String plainMemberOrganizationId() {
        if (found != null && found.member().id.equals(caller.subject())) {
            return found.member().organizationId;
        }
        return members.findByIdOptional(caller.subject()).map(m -> m.organizationId)
                .orElseThrow(() -> new ProblemException(CommonError.TOKEN_MEMBER_MISMATCH));
    }

    private Optional<String> pathOf(String organizationId) {
        if (found != null && found.member().organizationId.equals(organizationId)) {
            return Optional.of(found.organizationPath());
        }
        return organizations.findByIdOptional(organizationId).map(o -> o.path);
    }

    /**
     * What a member read found: the member and its organization's path, from which a plain member's
     * own scope resolves without asking again.
     */
    public void found(MemberRead read) {
        found = read;
    }

    @Override
    public String path() {
        return subtreePath();
    }

    /** An organization named in the path: 404 when it does not exist or is outside the scope. */
    public Organization organization(String id) {
        return organizations.findByIdOptional(id).filter(this::contains).orElseThrow(ProblemException::notFound);
    }

    /** An organization named in a request body or filter: a 422 problem on that field otherwise. */
    public Organization referencedOrganization(String id, String field, ErrorCode notFound) {
        return organizations.findByIdOptional(id).filter(this::contains)
                .orElseThrow(() -> ProblemException.forField(field, notFound, id));
    }

    /** The path of an organization that narrows a list to its subtree (null: not narrowed); a 422 on that field otherwise. */
    public String subtreePathOf(String organizationId, String field) {
        return organizationId == null ? null
                : referencedOrganization(organizationId, field, BranchError.ORGANIZATION_NOT_FOUND).path;
    }

    public boolean contains(Organization organization) {
        return containsPath(organization.path);
    }

    /** Whether the organization with this path lies in the caller's subtree. */
    public boolean containsPath(String organizationPath) {
        return namesTokenOrganization(organizationPath) || Organization.isWithin(organizationPath, subtreePath());
    }

    /**
     * A path lists the ids from the root down to the organization itself, so the subtree of the
     * token's organization is every path that names it: while a path does, that organization's own
     * path need not be looked up. Otherwise the lookup decides, and refuses a token whose organization
     * does not exist.
     */
    private boolean namesTokenOrganization(String organizationPath) {
        if (resolved || caller.isSystemAdmin() || caller.isPlainMember()) {
            return false;
        }
        String organizationId = caller.organizationId();
        return organizationId != null && Ulid.isValid(organizationId)
                && organizationPath.contains("/" + organizationId + "/");
    }

    public Caller caller() {
        return caller;
    }
}
