package cn.partybuilding.volunteer.service;

import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.ClaimerKind;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.domain.PersonalNumbers;
import cn.partybuilding.volunteer.domain.Resident;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.domain.WishFilter;
import cn.partybuilding.volunteer.domain.WishStatus;
import cn.partybuilding.volunteer.repository.WishRepository;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 微心愿: the community publishes a resident's wish (许愿), one member or organization claims it
 * (领愿) with a conditional update so that exactly one of any number of parallel claims wins, the
 * claimer fulfils it (圆愿) and the community confirms. An unclaimed wish can be withdrawn. The
 * resident's name and phone are encrypted and shown only to the community and the claimer; who
 * claimed is shown only to the community, the claimer and the claimer's own subtree.
 */
@ApplicationScoped
public class WishService {

    private final WishRepository wishes;
    private final CommunityService communities;
    private final Volunteers volunteers;
    private final VolunteerScope scope;
    private final AuditTrail audit;
    private final PersonalDataCipher cipher;

    public WishService(WishRepository wishes, CommunityService communities, Volunteers volunteers, VolunteerScope scope,
                       PersonalDataCipher cipher, AuditTrail audit) {
        this.wishes = wishes;
        this.communities = communities;
        this.volunteers = volunteers;
        this.scope = scope;
        this.audit = audit;
        this.cipher = cipher;
    }

    /** Refuses to start without a valid PII_KEY, instead of failing on the first request that needs it. */
    void requirePersonalDataKey(@Observes StartupEvent event) {
        cipher.requireKey();
    }

    @Transactional
    public Wish create(CreateWish command) {
        Community community = communities.actedFor(command.communityId());
        String communityId = community.id;
        refusePersonalNumbers("title", command.title());
        refusePersonalNumbers("description", command.description());
        Wish wish = new Wish();
        wish.id = Ulid.next();
        wish.communityId = communityId;
        wish.communityName = community.name;
        wish.title = command.title().trim();
        wish.description = command.description();
        wish.category = command.category();
        if (command.resident() != null) {
            wish.residentName = cipher.encrypt(command.resident().name().trim());
            wish.residentPhone = cipher.encrypt(command.resident().phone());
        }
        wish.status = WishStatus.OPEN;
        wish.createdBy = scope.caller().subject();
        wishes.persist(wish);
        wishes.flush();
        audit.created(wish.audited(), wish.version);
        return wish;
    }

    private static void refusePersonalNumbers(String field, String text) {
        if (PersonalNumbers.appearIn(text)) {
            throw ProblemException.forField(field, VolunteerError.PERSONAL_DATA_IN_PUBLIC_FIELD);
        }
    }

    public Wish get(String id) {
        return wishes.findByIdOptional(id).orElseThrow(ProblemException::notFound);
    }

    /**
     * Wishes by community and status, each optional; {@code mine} lists the caller's claims,
     * {@code claimerOrganizationId} the claims of a subtree the caller manages. Every signed-in
     * caller sees every wish, without the resident; who claimed it shows as {@link #mayKnowClaimer} decides.
     */
    public Page<Wish> list(String communityId, WishStatus status, boolean mine, String claimerOrganizationId, PageParams page) {
        String subtree = claimerOrganizationId == null ? null
                : scope.managedOrganization(claimerOrganizationId, "claimerOrganizationId").path();
        WishFilter filter = new WishFilter(communityId, status, mine ? scope.requireMemberId() : null, subtree);
        return Page.of(wishes.page(filter, page.after(), page.limit), page.limit, w -> w.id, w -> w);
    }

    /** The resident behind the wish, for the community and the claimer only; empty for anyone else. */
    public Optional<Resident> visibleResident(Wish wish) {
        return Optional.ofNullable(visibleResidents(List.of(wish)).get(wish.id));
    }

    /**
     * The residents of those wishes the caller may contact (their community, their claimer), by wish
     * id; showing them is recorded, a page's reads in one statement.
     */
    public Map<String, Resident> visibleResidents(List<Wish> shown) {
        List<Wish> contactable = shown.stream()
                .filter(wish -> wish.residentName != null && (scope.actsFor(wish.communityId) || isClaimer(wish)))
                .toList();
        audit.personalDataShown(contactable.stream().map(Wish::audited).toList());
        return contactable.stream().collect(Collectors.toMap(wish -> wish.id,
                wish -> new Resident(cipher.decrypt(wish.residentName), cipher.decrypt(wish.residentPhone))));
    }

    /**
     * Whether the caller may know who claimed the wish: its community, the claimer, the managers of
     * the claimer's subtree and, for an organization's claim, the members within that organization.
     * Anyone else sees only that the wish is claimed.
     */
    public boolean mayKnowClaimer(Wish wish) {
        if (wish.claimerKind == null || scope.actsFor(wish.communityId) || isClaimer(wish) || scope.manages(wish.claimerOrganizationPath)) {
            return true;
        }
        return wish.claimerKind == ClaimerKind.ORGANIZATION
                && volunteers.callerOrganizationPath().filter(path -> path.startsWith(wish.claimerOrganizationPath)).isPresent();
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
    public Wish claim(String id, ClaimWish command) {
        Wish wish = get(id);
        long before = wish.version;
        Instant now = StoredTime.now();
        boolean claimed;
        if (command.organizationId() != null) {
            BranchServiceClient.OrganizationRef organization = scope.managedOrganization(command.organizationId(), "organizationId");
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
        audit.changed(wish.audited(), before, wish.version);
        return wish;
    }

    /** 圆愿 by the claimer, with a note of what was done. */
    @Transactional
    public Wish fulfil(String id, FulfilWish command) {
        Wish wish = wishes.lockById(id).orElseThrow(ProblemException::notFound);
        if (wish.status == WishStatus.CLAIMED && !isClaimer(wish)) {
            throw new ProblemException(VolunteerError.NOT_THE_CLAIMER);
        }
        long before = wish.version;
        move(wish, WishStatus.FULFILLED);
        wish.fulfilmentNote = command.note().trim();
        wish.fulfilledAt = StoredTime.now();
        wishes.flush();
        audit.changed(wish.audited(), before, wish.version);
        return wish;
    }

    /** The community confirms a fulfilled wish. */
    @Transactional
    public Wish confirm(String id) {
        Wish wish = communityAction(id);
        long before = wish.version;
        move(wish, WishStatus.CONFIRMED);
        wish.confirmedBy = scope.caller().subject();
        wish.confirmedAt = StoredTime.now();
        wishes.flush();
        audit.changed(wish.audited(), before, wish.version);
        return wish;
    }

    /** The community withdraws a wish nobody has claimed. */
    @Transactional
    public Wish withdraw(String id) {
        Wish wish = communityAction(id);
        long before = wish.version;
        move(wish, WishStatus.WITHDRAWN);
        wish.closedAt = StoredTime.now();
        wishes.flush();
        audit.changed(wish.audited(), before, wish.version);
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
    }
}
