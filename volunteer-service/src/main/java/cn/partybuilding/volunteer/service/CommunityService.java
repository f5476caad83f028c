package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.domain.CommunityFilter;
import cn.partybuilding.volunteer.repository.CommunityRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Communities are public to every signed-in caller; the system administrator registers them, their staff keep them current. */
@ApplicationScoped
public class CommunityService {

    private final CommunityRepository communities;
    private final VolunteerScope scope;
    private final AuditTrail audit;

    public CommunityService(CommunityRepository communities, VolunteerScope scope, AuditTrail audit) {
        this.communities = communities;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public Community create(CreateCommunity command) {
        if (communities.nameTaken(command.district().trim(), command.name().trim(), null)) {
            throw ProblemException.forField("name", VolunteerError.COMMUNITY_NAME_TAKEN);
        }
        Community community = new Community();
        community.id = Ulid.next();
        community.name = command.name().trim();
        community.district = command.district().trim();
        community.street = command.street();
        community.address = command.address();
        community.contactName = command.contactName();
        community.contactPhone = command.contactPhone();
        communities.persist(community);
        communities.flush();
        audit.created(community.audited(), community.version);
        return community;
    }

    /** Communities of a district and with a part of the name, each optional; every signed-in caller sees them all. */
    public Page<Community> list(String district, String nameContains, PageParams page) {
        return Page.of(communities.page(new CommunityFilter(district, nameContains), page.after(), page.limit), page.limit,
                c -> c.id, c -> c);
    }

    public Community get(String id) {
        return communities.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    /** A community named in a request body, or a 422 on {@code field}. */
    public Community referenced(String id, String field) {
        return communities.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.forField(field, VolunteerError.COMMUNITY_NOT_FOUND, id));
    }

    /** The names of these communities by id; unknown ids are left out. */
    public Map<String, String> namesById(Collection<String> ids) {
        return ids.isEmpty() ? Map.of()
                : communities.list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c.name));
    }

    /**
     * The community a staff member or the system administrator publishes for: the token's community
     * for staff (a body naming another is refused), the named one for the administrator.
     */
    public Community actedFor(String requestedId) {
        String staffCommunity = scope.isSystemAdmin() ? null : scope.staffCommunityId();
        if (staffCommunity == null && !scope.isSystemAdmin()) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        String id = requestedId != null ? requestedId : staffCommunity;
        if (id == null || (staffCommunity != null && !staffCommunity.equals(id))) {
            throw ProblemException.forField("communityId", VolunteerError.COMMUNITY_NOT_FOUND, id);
        }
        return referenced(id, "communityId");
    }

    @Transactional
    public Community update(String id, UpdateCommunity command, String ifMatch) {
        Community community = get(id);
        if (!scope.actsFor(community.id)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        Versions.checkIfMatch(ifMatch, community.version);
        long before = community.version;
        String name = command.name() != null ? command.name().trim() : community.name;
        String district = command.district() != null ? command.district().trim() : community.district;
        if (communities.nameTaken(district, name, community.id)) {
            throw ProblemException.forField("name", VolunteerError.COMMUNITY_NAME_TAKEN);
        }
        community.name = name;
        community.district = district;
        if (command.street() != null) {
            community.street = command.street();
        }
        if (command.address() != null) {
            community.address = command.address();
        }
        if (command.contactName() != null) {
            community.contactName = command.contactName();
        }
        if (command.contactPhone() != null) {
            community.contactPhone = command.contactPhone();
        }
        communities.flush();
        audit.changed(community.audited(), before, community.version);
        return community;
    }
}
