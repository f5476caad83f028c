package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.PostStatus;
import cn.partybuilding.volunteer.domain.ServicePost;
import cn.partybuilding.volunteer.domain.ServicePostClaim;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.repository.ServicePostRepository;
import cn.partybuilding.volunteer.rest.dto.PostRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * 服务岗: published by a community, claimed (认领) by members until the capacity is reached. A claim
 * takes its place with one conditional update on the post's row, so parallel claims never pass the
 * capacity; a member claims a post once.
 */
@ApplicationScoped
public class PostService {

    @Inject
    ServicePostRepository posts;

    @Inject
    CommunityService communities;

    @Inject
    Volunteers volunteers;

    @Inject
    VolunteerScope scope;

    @Transactional
    public ServicePost create(PostRequests.Create request) {
        String communityId = communities.actedFor(request.communityId()).id;
        if (request.endDate().isBefore(request.startDate())) {
            throw ProblemException.forField("endDate", VolunteerError.PERIOD_END_BEFORE_START);
        }
        ServicePost post = new ServicePost();
        post.id = Ulid.next();
        post.communityId = communityId;
        post.title = request.title().trim();
        post.category = request.category();
        post.description = request.description();
        post.capacity = request.capacity();
        post.startDate = request.startDate();
        post.endDate = request.endDate();
        post.status = PostStatus.OPEN;
        post.createdBy = scope.caller().subject();
        post.createdAt = Instant.now();
        post.updatedAt = post.createdAt;
        posts.persist(post);
        posts.flush();
        return post;
    }

    public ServicePost get(String id) {
        return posts.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    @Transactional
    public ServicePost update(String id, PostRequests.Update request, String ifMatch) {
        ServicePost post = posts.lockById(id).orElseThrow(ProblemException::notFound);
        if (!scope.actsFor(post.communityId)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        Versions.checkIfMatch(ifMatch, post.version);
        if (request.capacity() != null && request.capacity() < post.claimed) {
            throw ProblemException.forField("capacity", VolunteerError.CAPACITY_BELOW_CLAIMED, post.claimed);
        }
        if (request.endDate() != null && request.endDate().isBefore(post.startDate)) {
            throw ProblemException.forField("endDate", VolunteerError.PERIOD_END_BEFORE_START);
        }
        if (request.title() != null) {
            post.title = request.title().trim();
        }
        if (request.description() != null) {
            post.description = request.description();
        }
        if (request.capacity() != null) {
            post.capacity = request.capacity();
        }
        if (request.endDate() != null) {
            post.endDate = request.endDate();
        }
        if (request.status() != null) {
            post.status = request.status();
        }
        post.updatedAt = Instant.now();
        posts.flush();
        return post;
    }

    /** 认领: the calling member takes a place. Reads branch-service first, so an outage there writes nothing. */
    @Transactional
    public ServicePostClaim claim(String postId) {
        Volunteers.Volunteer volunteer = volunteers.resolve(null, "memberId");
        ServicePost post = get(postId);
        if (!post.isClaimable(LocalDate.now(ServiceTimeRules.CHINA))) {
            throw new ProblemException(VolunteerError.POST_CLOSED);
        }
        if (!posts.takePlace(postId)) {
            if (posts.claim(postId, volunteer.memberId()).isPresent()) {
                throw new ProblemException(VolunteerError.POST_ALREADY_CLAIMED);
            }
            throw new ProblemException(VolunteerError.POST_FULL, post.capacity);
        }
        // the post's row is locked by the update until commit: a parallel claim by the same member waits and sees this one
        if (posts.claim(postId, volunteer.memberId()).isPresent()) {
            throw new ProblemException(VolunteerError.POST_ALREADY_CLAIMED);
        }
        ServicePostClaim claim = new ServicePostClaim();
        claim.key = new ServicePostClaim.Key(postId, volunteer.memberId());
        claim.memberName = volunteer.name();
        claim.organizationId = volunteer.organizationId();
        claim.organizationPath = volunteer.organizationPath();
        claim.organizationName = volunteer.organizationName();
        claim.claimedAt = Instant.now();
        posts.getEntityManager().persist(claim);
        posts.flush();
        return claim;
    }

    /** The claims of a post: all for its community, otherwise those the caller may see. */
    public List<ServicePostClaim> claims(String postId) {
        ServicePost post = get(postId);
        return posts.claims(postId).stream()
                .filter(c -> scope.canSee(post.communityId, c.organizationPath, c.key.memberId()))
                .toList();
    }

    /** Gives a place back: the member themself or the community. */
    @Transactional
    public void withdrawClaim(String postId, String memberId) {
        ServicePost post = posts.lockById(postId).orElseThrow(ProblemException::notFound);
        ServicePostClaim claim = posts.claim(postId, memberId)
                .filter(c -> scope.canSee(post.communityId, c.organizationPath, c.key.memberId()))
                .orElseThrow(ProblemException::notFound);
        if (!memberId.equals(scope.memberId()) && !scope.actsFor(post.communityId)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        posts.getEntityManager().remove(claim);
        posts.flush();
        posts.releasePlace(postId);
    }
}
