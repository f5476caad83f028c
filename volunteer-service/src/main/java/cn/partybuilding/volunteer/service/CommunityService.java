package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.repository.CommunityRepository;
import cn.partybuilding.volunteer.rest.dto.CommunityRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Communities are public to every signed-in caller; the system administrator registers them, their staff keep them current. */
@ApplicationScoped
public class CommunityService {

    @Inject
    CommunityRepository communities;

    @Inject
    VolunteerScope scope;

    @Transactional
    public Community create(CommunityRequests.Create request) {
        if (communities.nameTaken(request.district().trim(), request.name().trim(), null)) {
            throw ProblemException.forField("name", VolunteerError.COMMUNITY_NAME_TAKEN);
        }
        Community community = new Community();
        community.id = Ulid.next();
        community.name = request.name().trim();
        community.district = request.district().trim();
        community.street = request.street();
        community.address = request.address();
        community.contactName = request.contactName();
        community.contactPhone = request.contactPhone();
        community.createdAt = Instant.now();
        community.updatedAt = community.createdAt;
        communities.persist(community);
        communities.flush();
        return community;
    }

    public Community get(String id) {
        return communities.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    /** A community named in a request body, or a 422 on {@code field}. */
    public Community referenced(String id, String field) {
        return communities.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.forField(field, VolunteerError.COMMUNITY_NOT_FOUND, id));
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
    public Community update(String id, CommunityRequests.Update request, String ifMatch) {
        Community community = get(id);
        if (!scope.actsFor(community.id)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        Versions.checkIfMatch(ifMatch, community.version);
        String name = request.name() != null ? request.name().trim() : community.name;
        String district = request.district() != null ? request.district().trim() : community.district;
        if (communities.nameTaken(district, name, community.id)) {
            throw ProblemException.forField("name", VolunteerError.COMMUNITY_NAME_TAKEN);
        }
        community.name = name;
        community.district = district;
        if (request.street() != null) {
            community.street = request.street();
        }
        if (request.address() != null) {
            community.address = request.address();
        }
        if (request.contactName() != null) {
            community.contactName = request.contactName();
        }
        if (request.contactPhone() != null) {
            community.contactPhone = request.contactPhone();
        }
        community.updatedAt = Instant.now();
        communities.flush();
        return community;
    }
}
