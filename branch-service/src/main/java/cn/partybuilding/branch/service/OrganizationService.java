package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.OrganizationType;
import cn.partybuilding.branch.domain.StructureRule;
import cn.partybuilding.branch.repository.DesignationRepository;
import cn.partybuilding.branch.repository.MemberCountRepository;
import cn.partybuilding.branch.repository.MemberRepository;
import cn.partybuilding.branch.repository.MemberTransferRepository;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.branch.repository.StarRatingRepository;
import cn.partybuilding.branch.rest.dto.CreateOrganizationRequest;
import cn.partybuilding.branch.rest.dto.Leader;
import cn.partybuilding.branch.rest.dto.OrganizationView;
import cn.partybuilding.branch.rest.dto.StructureCheckView;
import cn.partybuilding.branch.rest.dto.UpdateOrganizationRequest;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationRepository organizations;

    @Inject
    MemberRepository members;

    @Inject
    MemberCountRepository memberCounts;

    @Inject
    MemberTransferRepository transfers;

    @Inject
    StarRatingRepository ratings;

    @Inject
    DesignationRepository designations;

    @Inject
    CallerScope scope;

    @Transactional
    public Organization create(CreateOrganizationRequest request) {
        Organization parent = null;
        if (request.parentId() == null) {
            if (!scope.caller().isSystemAdmin()) {
                throw new ProblemException(BranchError.ROOT_REQUIRES_SYSTEM_ADMIN);
            }
        } else {
            parent = scope.referencedOrganization(request.parentId(), "parentId", BranchError.PARENT_NOT_FOUND);
        }
        checkHierarchy(request.type(), parent);
        if (parent != null && parent.depth + 1 > Organization.MAX_DEPTH) {
            throw new ProblemException(BranchError.TREE_TOO_DEEP, Organization.MAX_DEPTH);
        }
        String code = request.code().trim();
        if (organizations.codeTaken(code)) {
            throw ProblemException.forField("code", BranchError.ORGANIZATION_CODE_TAKEN);
        }
        Organization organization = new Organization();
        organization.id = Ulid.next();
        organization.code = code;
        organization.name = request.name().trim();
        organization.type = request.type();
        organization.parentId = parent == null ? null : parent.id;
        organization.path = Organization.childPath(parent == null ? null : parent.path, organization.id);
        organization.depth = parent == null ? 1 : parent.depth + 1;
        organization.unitName = blankToNull(request.unitName());
        organization.temporary = Boolean.TRUE.equals(request.temporary());
        organization.functional = Boolean.TRUE.equals(request.functional());
        organization.establishedOn = request.establishedOn();
        organization.createdAt = Instant.now();
        organization.updatedAt = organization.createdAt;
        organizations.persist(organization);
        organizations.flush(); // a lost race on a unique key surfaces here, as a 409
        return organization;
    }

    public OrganizationView get(String id) {
        Organization organization = scope.organization(id);
        List<Leader> leaders = members.leadersOf(id).stream()
                .map(h -> new Leader(h.post(), h.memberId(), h.name())).toList();
        return OrganizationView.of(organization, leaders);
    }

    public Page<OrganizationView> list(OrganizationRepository.Filter filter, PageParams page) {
        List<Organization> rows = organizations.page(filter, scope.subtreePath(), page.after(), page.limit);
        return Page.of(rows, page.limit, o -> o.id, OrganizationView::of);
    }

    /** Resolves a {@code subtreeOf} filter to its path; an organization out of scope is a 422 on that field. */
    public String subtreePathOf(String organizationId, String field) {
        return organizationId == null ? null
                : scope.referencedOrganization(organizationId, field, BranchError.ORGANIZATION_NOT_FOUND).path;
    }

    public Page<OrganizationView> children(String id, PageParams page) {
        scope.organization(id);
        return list(new OrganizationRepository.Filter(id, null, null, null, null), page);
    }

    @Transactional
    public Organization update(String id, UpdateOrganizationRequest request, String ifMatch) {
        Organization organization = lockVisible(id);
        Versions.checkIfMatch(ifMatch, organization.version);
        if (request.code() != null && !request.code().trim().equals(organization.code)) {
            if (organizations.codeTaken(request.code().trim())) {
                throw ProblemException.forField("code", BranchError.ORGANIZATION_CODE_TAKEN);
            }
            organization.code = request.code().trim();
        }
        if (request.name() != null) {
            organization.name = request.name().trim();
        }
        if (request.unitName() != null) {
            organization.unitName = blankToNull(request.unitName());
        }
        if (request.temporary() != null) {
            organization.temporary = request.temporary();
        }
        if (request.functional() != null) {
            organization.functional = request.functional();
        }
        if (request.establishedOn() != null) {
            organization.establishedOn = request.establishedOn();
        }
        organization.updatedAt = Instant.now();
        organizations.flush(); // the new version goes into the response's ETag
        return organization;
    }

    /**
     * Moves an organization and its whole subtree under a new parent. Both rows are locked, so two
     * crossing moves (A under B, B under A) serialize and the second sees the cycle.
     */
    @Transactional
    public Organization move(String id, String newParentId, String ifMatch) {
        Organization organization = lockVisible(id);
        Versions.checkIfMatch(ifMatch, organization.version);
        if (organization.parentId == null && !scope.caller().isSystemAdmin()) {
            throw new ProblemException(BranchError.ROOT_REQUIRES_SYSTEM_ADMIN);
        }
        Organization parent = organizations.lockById(newParentId).filter(scope::contains)
                .orElseThrow(() -> ProblemException.forField("parentId", BranchError.PARENT_NOT_FOUND, newParentId));
        if (parent.path.startsWith(organization.path)) {
            throw ProblemException.forField("parentId", BranchError.MOVE_INTO_OWN_SUBTREE);
        }
        checkHierarchy(organization.type, parent);
        if (newParentId.equals(organization.parentId)) {
            return organization;
        }
        int depthDelta = parent.depth + 1 - organization.depth;
        if (organizations.maxDepthIn(organization.path) + depthDelta > Organization.MAX_DEPTH) {
            throw new ProblemException(BranchError.TREE_TOO_DEEP, Organization.MAX_DEPTH);
        }
        String oldPath = organization.path;
        organization.parentId = parent.id;
        organizations.flush();
        organizations.moveSubtree(oldPath, Organization.childPath(parent.path, organization.id), depthDelta);
        organizations.getEntityManager().refresh(organization);
        return organization;
    }

    @Transactional
    public void delete(String id, String ifMatch) {
        Organization organization = lockVisible(id);
        Versions.checkIfMatch(ifMatch, organization.version);
        if (organization.parentId == null && !scope.caller().isSystemAdmin()) {
            throw new ProblemException(BranchError.ROOT_REQUIRES_SYSTEM_ADMIN);
        }
        long children = organizations.countChildren(id);
        long memberCount = members.countIn(id);
        if (children > 0 || memberCount > 0) {
            throw new ProblemException(BranchError.ORGANIZATION_NOT_EMPTY, children, memberCount);
        }
        if (transfers.involves(id) || ratings.anyFor(id) || designations.anyFor(id)) {
            throw new ProblemException(BranchError.ORGANIZATION_HAS_RECORDS);
        }
        organizations.delete(organization);
    }

    public StructureCheckView structureCheck(String id) {
        Organization root = scope.organization(id);
        List<StructureCheckView.Finding> findings = memberCounts.branchesBreakingStructureRules(root.path).stream()
                .map(c -> new StructureCheckView.Finding(c.id(), c.code(), c.name(), c.fullMembers(), c.totalMembers(),
                        c.committeeMembers(), StructureRule.broken(c.fullMembers(), c.totalMembers(), c.committeeMembers())))
                .toList();
        return new StructureCheckView(root.id, memberCounts.countBranches(root.path), findings);
    }

    private Organization lockVisible(String id) {
        return organizations.lockById(id).filter(scope::contains).orElseThrow(ProblemException::notFound);
    }

    private static void checkHierarchy(OrganizationType type, Organization parent) {
        if (!type.mayStandUnder(parent == null ? null : parent.type)) {
            throw ProblemException.forField(parent == null ? "parentId" : "type", BranchError.INVALID_HIERARCHY,
                    type, parent == null ? "ROOT" : parent.type);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
