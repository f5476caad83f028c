package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.domain.PostStatus;
import cn.partybuilding.volunteer.domain.ServicePost;
import cn.partybuilding.volunteer.domain.ServicePostClaim;
import cn.partybuilding.volunteer.domain.ServicePostFilter;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.repository.ServicePostRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * 服务岗: published by a community, claimed (认领) by members until the capacity is reached. A claim
 * takes its place with one conditional update on the post's row, so parallel claims never pass the
 * capacity; a member claims a post once.
 */
@ApplicationScoped
public class PostService {

    private final ServicePostRepository posts;
    private final CommunityService communities;
    private final Volunteers volunteers;
    private final VolunteerScope scope;
    private final AuditTrail audit;

    public PostService(ServicePostRepository posts, CommunityService communities, Volunteers volunteers, VolunteerScope scope,
                       AuditTrail audit) {
        this.posts = posts;
        this.communities = communities;
        this.volunteers = volunteers;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public ServicePost create(CreateServicePost command) {
        Community community = communities.actedFor(command.communityId());
        String communityId = community.id;
        if (command.endDate().isBefore(command.startDate())) {
            throw ProblemException.forField("endDate", VolunteerError.PERIOD_END_BEFORE_START);
        }
        ServicePost post = new ServicePost();
        post.id = Ulid.next();
        post.communityId = communityId;
        post.communityName = community.name;
        post.title = command.title().trim();
        post.category = command.category();
        post.description = command.description();
        post.capacity = command.capacity();
        post.startDate = command.startDate();
        post.endDate = command.endDate();
        post.status = PostStatus.OPEN;
        post.createdBy = scope.caller().subject();
        posts.persist(post);
        posts.flush();
        audit.created(post.audited(), post.version);
        return post;
    }

    /** Posts of a community, category and status, each optional; every signed-in caller sees them all. */
    public Page<ServicePost> list(String communityId, PostCategory category, PostStatus status, PageParams page) {
        ServicePostFilter filter = new ServicePostFilter(communityId, category, status);
        return Page.of(posts.page(filter, page.after(), page.limit), page.limit, p -> p.id, p -> p);
    }

    public ServicePost get(String id) {
        return posts.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    @Transactional
    public ServicePost update(String id, UpdateServicePost command, String ifMatch) {
        ServicePost post = posts.lockById(id).orElseThrow(ProblemException::notFound);
        if (!scope.actsFor(post.communityId)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        Versions.checkIfMatch(ifMatch, post.version);
        long before = post.version;
        if (command.capacity() != null && command.capacity() < post.claimed) {
            throw ProblemException.forField("capacity", VolunteerError.CAPACITY_BELOW_CLAIMED, post.claimed);
        }
        if (command.endDate() != null && command.endDate().isBefore(post.startDate)) {
            throw ProblemException.forField("endDate", VolunteerError.PERIOD_END_BEFORE_START);
        }
        if (command.title() != null) {
            post.title = command.title().trim();
        }
        if (command.description() != null) {
            post.description = command.description();
        }
        if (command.capacity() != null) {
            post.capacity = command.capacity();
        }
        if (command.endDate() != null) {
            post.endDate = command.endDate();
        }
        if (command.status() != null) {
            post.status = command.status();
        }
        posts.flush();
        audit.changed(post.audited(), before, post.version);
        return post;
    }

    /** 认领: the calling member takes a place. Reads branch-service first, so an outage there writes nothing. */
    @Transactional
    public ServicePostClaim claim(String postId) {
        Volunteers.Volunteer volunteer = volunteers.resolve(null, "memberId");
        ServicePost post = get(postId);
        if (!post.isClaimable(ChinaTime.today())) {
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
        claim.claimedAt = StoredTime.now();
        posts.getEntityManager().persist(claim);
        posts.flush();
        audit.created(claim.audited(post.communityId), null);
        return claim;
    }

    /** The claims of a post: all for its community, otherwise those the caller may see. */
    public List<ServicePostClaim> claims(String postId) {
        ServicePost post = get(postId);
        return posts.claims(postId).stream()
                .filter(c -> scope.canSee(post.communityId, c.organizationPath, c.key.memberId()))
                .toList();
    }

    /** The same, a page at a time: the community and system administrators see all, others their scope. */
    public Page<ServicePostClaim> claims(String postId, PageParams page) {
        ServicePost post = get(postId);
        Where visible = new Where();
        if (!scope.actsFor(post.communityId)) {
            scope.restrict(visible, null, "c.organizationPath", "c.key.memberId");
        }
        return Page.of(posts.claimsPage(postId, visible, page.after(), page.limit), page.limit, c -> c.key.memberId(),
                Function.identity());
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
        audit.deleted(claim.audited(post.communityId), null);
        posts.getEntityManager().remove(claim);
        posts.flush();
        posts.releasePlace(postId);
    }
}
