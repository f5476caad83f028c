package cn.partybuilding.volunteer.service;

import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.ClaimerKind;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.domain.WishStatus;
import cn.partybuilding.volunteer.repository.WishRepository;
import cn.partybuilding.volunteer.rest.dto.WishRequests;
import cn.partybuilding.volunteer.rest.dto.WishView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * 微心愿: the community publishes a resident's wish (许愿), one member or organization claims it
 * (领愿) with a conditional update so that exactly one of any number of parallel claims wins, the
 * claimer fulfils it (圆愿) and the community confirms. An unclaimed wish can be withdrawn. The
 * resident's name and phone are encrypted and shown only to the community and the claimer.
 */
@ApplicationScoped
public class WishService {

    /** A mainland mobile number or an 18-digit resident ID number, anywhere in a public text. */
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|\\d{17}[\\dXx])(?!\\d)");

    @Inject
    WishRepository wishes;

    @Inject
    CommunityService communities;

    @Inject
    Volunteers volunteers;

    @Inject
    VolunteerScope scope;

    @Inject
    PersonalDataCipher cipher;

    @Transactional
    public Wish create(WishRequests.Create request) {
        String communityId = communities.actedFor(request.communityId()).id;
        refusePersonalNumbers("title", request.title());
        refusePersonalNumbers("description", request.description());
        Wish wish = new Wish();
        wish.id = Ulid.next();
        wish.communityId = communityId;
        wish.title = request.title().trim();
        wish.description = request.description();
        wish.category = request.category();
        if (request.resident() != null) {
            wish.residentName = cipher.encrypt(request.resident().name().trim());
            wish.residentPhone = cipher.encrypt(request.resident().phone());
        }
        wish.status = WishStatus.OPEN;
        wish.createdBy = scope.caller().subject();
        wish.createdAt = Instant.now();
        wish.updatedAt = wish.createdAt;
        wishes.persist(wish);
        wishes.flush();
        return wish;
    }

    private static void refusePersonalNumbers(String field, String text) {
        if (text != null && PERSONAL_NUMBER.matcher(text).find()) {
            throw ProblemException.forField(field, VolunteerError.PERSONAL_DATA_IN_PUBLIC_FIELD);
        }
    }

    public Wish get(String id) {
        return wishes.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    public Page<WishView> list(WishRepository.Filter filter, PageParams page) {
        return Page.of(wishes.page(filter, page.after(), page.limit), page.limit, w -> w.id, this::view);
    }

    /** The wish as the caller may see it: the resident only for the community and the claimer. */
    public WishView view(Wish wish) {
        boolean mayContact = scope.actsFor(wish.communityId) || isClaimer(wish);
        WishRequests.Resident resident = mayContact && wish.residentName != null
                ? new WishRequests.Resident(cipher.decrypt(wish.residentName), cipher.decrypt(wish.residentPhone))
                : null;
        return WishView.of(wish, resident);
    }

    private boolean isClaimer(Wish wish) {
        if (wish.claimerKind == ClaimerKind.MEMBER) {
            return wish.claimerMemberId.equals(scope.memberId());
        }
        return wish.claimerKind == ClaimerKind.ORGANIZATION && scope.manages(wish.claimerOrganizationPath);
    }

    /**
     * 领愿 by the calling member, or by an organization the caller manages. Reads branch-service
     * first, so an outage there writes nothing.
     */
    @Transactional
    public Wish claim(String id, WishRequests.Claim request) {
        Wish wish = get(id);
        Instant now = Instant.now();
        boolean claimed;
        if (request != null && request.organizationId() != null) {
            BranchServiceClient.OrganizationRef organization = scope.managedOrganization(request.organizationId(), "organizationId");
            claimed = wishes.claimIfOpen(id, ClaimerKind.ORGANIZATION, null, organization.name(), organization.id(),
                    organization.path(), now);
        } else {
            Volunteers.Volunteer volunteer = volunteers.resolve(null, "memberId");
            claimed = wishes.claimIfOpen(id, ClaimerKind.MEMBER, volunteer.memberId(), volunteer.name(),
                    volunteer.organizationId(), volunteer.organizationPath(), now);
        }
        if (!claimed) {
            wishes.getEntityManager().refresh(wish);
            throw wish.status == WishStatus.WITHDRAWN
                    ? new ProblemException(VolunteerError.INVALID_WISH_TRANSITION, wish.status, WishStatus.CLAIMED)
                    : new ProblemException(VolunteerError.WISH_ALREADY_CLAIMED);
        }
        wishes.getEntityManager().refresh(wish);
        return wish;
    }

    /** 圆愿 by the claimer, with a note of what was done. */
    @Transactional
    public Wish fulfil(String id, WishRequests.Fulfilment request) {
        Wish wish = wishes.lockById(id).orElseThrow(ProblemException::notFound);
        if (wish.status == WishStatus.CLAIMED && !isClaimer(wish)) {
            throw new ProblemException(VolunteerError.NOT_THE_CLAIMER);
        }
        move(wish, WishStatus.FULFILLED);
        wish.fulfilmentNote = request.note().trim();
        wish.fulfilledAt = wish.updatedAt;
        wishes.flush();
        return wish;
    }

    /** The community confirms a fulfilled wish. */
    @Transactional
    public Wish confirm(String id) {
        Wish wish = communityAction(id);
        move(wish, WishStatus.CONFIRMED);
        wish.confirmedBy = scope.caller().subject();
        wish.confirmedAt = wish.updatedAt;
        wishes.flush();
        return wish;
    }

    /** The community withdraws a wish nobody has claimed. */
    @Transactional
    public Wish withdraw(String id) {
        Wish wish = communityAction(id);
        move(wish, WishStatus.WITHDRAWN);
        wish.closedAt = wish.updatedAt;
        wishes.flush();
        return wish;
    }

    private Wish communityAction(String id) {
        Wish wish = wishes.lockById(id).orElseThrow(ProblemException::notFound);
        if (!scope.actsFor(wish.communityId)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        return wish;
    }

    private static void move(Wish wish, WishStatus next) {
        if (!wish.status.mayMoveTo(next)) {
            throw new ProblemException(VolunteerError.INVALID_WISH_TRANSITION, wish.status, next);
        }
        wish.status = next;
        wish.updatedAt = Instant.now();
    }
}
