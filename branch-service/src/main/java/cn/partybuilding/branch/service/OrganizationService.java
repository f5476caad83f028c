package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.BranchCommittee;
import cn.partybuilding.branch.domain.ListedOrganization;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.OrganizationFilter;
import cn.partybuilding.branch.domain.OrganizationType;
import cn.partybuilding.branch.domain.OrganizationWithLeaders;
import cn.partybuilding.branch.domain.StructureCheck;
import cn.partybuilding.branch.repository.DesignationRepository;
import cn.partybuilding.branch.repository.MemberCountRepository;
import cn.partybuilding.branch.repository.MemberRepository;
import cn.partybuilding.branch.repository.MemberTransferRepository;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.branch.repository.StarRatingRepository;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final MemberCountRepository memberCounts;
    private final MemberTransferRepository transfers;
    private final StarRatingRepository ratings;
    private final DesignationRepository designations;
    private final CallerScope scope;
    private final AuditTrail audit;
    private final AuditedResources audited;

    OrganizationService(OrganizationRepository organizations, MemberRepository members,
                        MemberCountRepository memberCounts, MemberTransferRepository transfers,
                        StarRatingRepository ratings, DesignationRepository designations, CallerScope scope,
                        AuditTrail audit, AuditedResources audited) {
        this.organizations = organizations;
        this.members = members;
        this.memberCounts = memberCounts;
        this.transfers = transfers;
        this.ratings = ratings;
        this.designations = designations;
        this.scope = scope;
        this.audit = audit;
        this.audited = audited;
    }

    @Transactional
    public Organization create(CreateOrganization command) {
        Organization parent = null;
        if (command.parentId() == null) {
            if (!scope.caller().isSystemAdmin()) {
                throw new ProblemException(BranchError.ROOT_REQUIRES_SYSTEM_ADMIN);
            }
        } else {
            parent = scope.referencedOrganization(command.parentId(), "parentId", BranchError.PARENT_NOT_FOUND);
        }
        checkHierarchy(command.type(), parent);
        if (parent != null && parent.depth + 1 > Organization.MAX_DEPTH) {
            throw new ProblemException(BranchError.TREE_TOO_DEEP, Organization.MAX_DEPTH);
        }
        String code = command.code().trim();
        if (organizations.codeTaken(code)) {
            throw ProblemException.forField("code", BranchError.ORGANIZATION_CODE_TAKEN);
        }
        Organization organization = new Organization();
        organization.id = Ulid.next();
        organization.code = code;
        organization.name = command.name().trim();
        organization.type = command.type();
        organization.parentId = parent == null ? null : parent.id;
        organization.path = Organization.childPath(parent == null ? null : parent.path, organization.id);
        organization.depth = parent == null ? 1 : parent.depth + 1;
        organization.unitName = blankToNull(command.unitName());
        organization.temporary = Boolean.TRUE.equals(command.temporary());
        organization.functional = Boolean.TRUE.equals(command.functional());
        organization.establishedOn = command.establishedOn();
        organizations.persist(organization);
        organizations.flush(); // a lost race on a unique key surfaces here, as a 409
        audit.created(audited.of(organization), organization.version);
        return organization;
    }

    public OrganizationWithLeaders get(String id) {
        Organization organization = scope.organization(id);
        return new OrganizationWithLeaders(organization, members.leadersOf(id),
                withCommitteeFlags(List.of(organization)).get(0).hasCommittee());
    }

    /** {@code subtreeOf} narrows the list to that organization's subtree: a 422 on that parameter when out of scope. */
    public Page<ListedOrganization> list(String parentId, OrganizationType type, String nameContains, String subtreeOf,
                                   Collection<String> ids, PageParams page) {
        String subtreePath = scope.subtreePathOf(subtreeOf, "subtreeOf");
        return page(new OrganizationFilter(parentId, type, nameContains, subtreePath, ids), page);
    }

    public Page<ListedOrganization> children(String id, PageParams page) {
        scope.organization(id);
        return page(OrganizationFilter.childrenOf(id), page);
    }

    @Transactional
    public Organization update(String id, UpdateOrganization command, String ifMatch) {
        Organization organization = lockVisible(id);
        Versions.checkIfMatch(ifMatch, organization.version);
        long before = organization.version;
        if (command.code() != null && !command.code().trim().equals(organization.code)) {
            if (organizations.codeTaken(command.code().trim())) {
                throw ProblemException.forField("code", BranchError.ORGANIZATION_CODE_TAKEN);
            }
            organization.code = command.code().trim();
        }
        if (command.name() != null) {
            organization.name = command.name().trim();
        }
        if (command.unitName() != null) {
            organization.unitName = blankToNull(command.unitName());
        }
        if (command.temporary() != null) {
            organization.temporary = command.temporary();
        }
        if (command.functional() != null) {
            organization.functional = command.functional();
        }
        if (command.establishedOn() != null) {
            organization.establishedOn = command.establishedOn();
        }
        organizations.flush(); // the new version goes into the response's ETag
        audit.changed(audited.of(organization), before, organization.version);
        return organization;
    }

    /**
     * Moves an organization and its whole subtree under a new parent. Both rows are locked, so two
     * crossing moves (A under B, B under A) serialize and the second sees the cycle.
     */
    @Transactional
    public Organization move(String id, MoveOrganization command, String ifMatch) {
        Organization organization = lockVisible(id);
        Versions.checkIfMatch(ifMatch, organization.version);
        if (organization.parentId == null && !scope.caller().isSystemAdmin()) {
            throw new ProblemException(BranchError.ROOT_REQUIRES_SYSTEM_ADMIN);
        }
        String newParentId = command.parentId();
        Organization parent = organizations.lockById(newParentId).filter(scope::contains)
                .orElseThrow(() -> ProblemException.forField("parentId", BranchError.PARENT_NOT_FOUND, newParentId));
        if (parent.path.startsWith(organization.path)) {
            throw ProblemException.forField("parentId", BranchError.MOVE_INTO_OWN_SUBTREE);
        }
        checkHierarchy(organization.type, parent);
        if (newParentId.equals(organization.parentId)) {
            audit.changed(audited.of(organization), organization.version, organization.version);
            return organization;
        }
        long before = organization.version;
        int depthDelta = parent.depth + 1 - organization.depth;
        if (organizations.maxDepthIn(organization.path) + depthDelta > Organization.MAX_DEPTH) {
            throw new ProblemException(BranchError.TREE_TOO_DEEP, Organization.MAX_DEPTH);
        }
        String oldPath = organization.path;
        organization.parentId = parent.id;
        organizations.flush();
        organizations.moveSubtree(oldPath, Organization.childPath(parent.path, organization.id), depthDelta);
        organizations.getEntityManager().refresh(organization);
        audit.changed(audited.of(organization), before, organization.version);
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
        audit.deleted(audited.of(organization), organization.version);
        organizations.delete(organization);
    }

    public StructureCheck structureCheck(String id) {
        Organization root = scope.organization(id);
        return new StructureCheck(root.id, memberCounts.countBranches(root.path),
                memberCounts.branchesBreakingStructureRules(root.path));
    }

    private Page<ListedOrganization> page(OrganizationFilter filter, PageParams page) {
        Page<Organization> found = Page.of(organizations.page(filter, scope.subtreePath(), page.after(), page.limit), page.limit,
                o -> o.id, Function.identity());
        return new Page<>(withCommitteeFlags(found.items()), found.nextCursor());
    }

    /** Each branch with whether it has a committee, by one query for all of them; other types unflagged. */
    private List<ListedOrganization> withCommitteeFlags(List<Organization> found) {
        List<String> branchIds = found.stream().filter(o -> o.type == OrganizationType.BRANCH).map(o -> o.id).toList();
        Map<String, long[]> counts = memberCounts.fullAndCommitteeMembers(branchIds);
        return found.stream().map(o -> {
            if (o.type != OrganizationType.BRANCH) {
                return new ListedOrganization(o, null);
            }
            long[] fullAndCommittee = counts.getOrDefault(o.id, new long[2]);
            return new ListedOrganization(o, BranchCommittee.exists(fullAndCommittee[0], fullAndCommittee[1]));
        }).toList();
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
