package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Designation;
import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberTransfer;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.StarRating;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.common.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * branch-service's resources as the audit trail names them, each placed in its organization's
 * subtree. The organization is in the session already: every write loads it for the scope check.
 */
@ApplicationScoped
class AuditedResources {

    private final OrganizationRepository organizations;

    AuditedResources(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    AuditedResource of(Organization organization) {
        return AuditedResource.inOrganization("Organization", organization.id, organization.id, organization.path);
    }

    AuditedResource of(Member member) {
        return inOrganization("Member", member.id, member.organizationId);
    }

    AuditedResource of(StarRating rating) {
        return inOrganization("StarRating", rating.id, rating.organizationId);
    }

    AuditedResource of(Designation designation) {
        return inOrganization("Designation", designation.id, designation.organizationId);
    }

    /**
     * Members of many organizations, their organizations read in one query; those of one organization
     * (a branch's page) from the session, where the scope check left it.
     */
    List<AuditedResource> ofAll(List<Member> members) {
        List<String> ids = members.stream().map(m -> m.organizationId).distinct().toList();
        Map<String, String> paths = ids.isEmpty() ? Map.of()
                : ids.size() == 1 ? organizations.findByIdOptional(ids.get(0)).map(o -> Map.of(o.id, o.path)).orElse(Map.of())
                : organizations.list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, o -> o.path));
        return members.stream()
                .map(m -> AuditedResource.inOrganization("Member", m.id, m.organizationId, paths.get(m.organizationId)))
                .toList();
    }

    /** A transfer belongs to the organization the member joins. */
    AuditedResource of(MemberTransfer transfer) {
        return inOrganization("MemberTransfer", transfer.id, transfer.toOrganizationId);
    }

    private AuditedResource inOrganization(String type, String id, String organizationId) {
        String path = organizations.findByIdOptional(organizationId).map(o -> o.path).orElse(null);
        return AuditedResource.inOrganization(type, id, organizationId, path);
    }
}
