package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.ClaimerKind;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.domain.RecordStatus;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import cn.partybuilding.volunteer.domain.VolunteerRecordFilter;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.domain.WishStatus;
import cn.partybuilding.volunteer.repository.ServicePostRepository;
import cn.partybuilding.volunteer.repository.StatisticsRepository;
import cn.partybuilding.volunteer.repository.VolunteerRecordRepository;
import cn.partybuilding.volunteer.repository.WishRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Volunteer hours. Recorded by the member, by the organization's managers, or by the community's
 * staff for a member the community knows; counted only once the community confirms. The member's
 * row in {@code volunteer} is locked while a record is checked, so the overlap and 24-hour rules
 * hold under parallel requests.
 */
@ApplicationScoped
public class RecordService {

    private final VolunteerRecordRepository records;
    private final ServicePostRepository posts;
    private final WishRepository wishes;
    private final CommunityService communities;
    private final StatisticsRepository statistics;
    private final Volunteers volunteers;
    private final VolunteerScope scope;
    private final AuditTrail audit;

    public RecordService(VolunteerRecordRepository records, ServicePostRepository posts, WishRepository wishes,
                         CommunityService communities, StatisticsRepository statistics, Volunteers volunteers,
                         VolunteerScope scope, AuditTrail audit) {
        this.records = records;
        this.posts = posts;
        this.wishes = wishes;
        this.communities = communities;
        this.statistics = statistics;
        this.volunteers = volunteers;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public VolunteerRecord create(CreateVolunteerRecord command) {
        Instant start = command.startAt();
        Instant end = command.endAt();
        enforce(ServiceTimeRules.check(start, end, command.hours(), List.of()).orElse(null));
        enforce(ServiceTimeRules.checkServed(end, StoredTime.now()).orElse(null));
        Community community = communities.referenced(command.communityId(), "communityId");
        String communityId = community.id;
        Volunteers.Volunteer volunteer = volunteer(command.memberId(), communityId);
        checkPostAndWish(command, volunteer, communityId);

        records.lockVolunteer(volunteer.memberId());
        enforce(ServiceTimeRules.check(start, end, command.hours(),
                records.countingSpansAround(volunteer.memberId(), start, end)).orElse(null));

        VolunteerRecord record = new VolunteerRecord();
        record.id = Ulid.next();
        record.memberId = volunteer.memberId();
        record.memberName = volunteer.name();
        record.organizationId = volunteer.organizationId();
        record.organizationPath = volunteer.organizationPath();
        record.organizationName = volunteer.organizationName();
        record.communityId = communityId;
        record.communityName = community.name;
        record.postId = command.postId();
        record.wishId = command.wishId();
        record.startAt = start;
        record.endAt = end;
        record.serviceDate = ServiceTimeRules.serviceDate(start);
        record.hours = command.hours().stripTrailingZeros().setScale(1);
        record.description = command.description().trim();
        record.status = RecordStatus.SUBMITTED;
        record.recordedBy = scope.caller().subject();
        records.persist(record);
        records.flush();
        audit.created(record.audited(), record.version);
        return record;
    }

    /**
     * The member a record is for. The community's staff record for members it knows (their report
     * or a claimed post); anyone else for themself or a member they manage, who must have a relation
     * to the community.
     */
    private Volunteers.Volunteer volunteer(String memberId, String communityId) {
        boolean forOther = memberId != null && !memberId.equals(scope.memberId());
        if (forOther && communityId.equals(scope.staffCommunityId())) {
            return volunteers.knownToCommunity(memberId, communityId).orElseThrow(
                    () -> ProblemException.forField("memberId", VolunteerError.NO_RELATION_TO_COMMUNITY, communityId));
        }
        Volunteers.Volunteer volunteer = volunteers.resolve(memberId, "memberId");
        if (!volunteers.relatedTo(volunteer, communityId)) {
            throw ProblemException.forField("communityId", VolunteerError.NO_RELATION_TO_COMMUNITY, communityId);
        }
        return volunteer;
    }

    /** A named post must be the community's and claimed by the member; a named wish claimed by them or their organization. */
    private void checkPostAndWish(CreateVolunteerRecord command, Volunteers.Volunteer volunteer, String communityId) {
        if (command.postId() != null) {
            boolean claimed = posts.findByIdOptional(command.postId())
                    .filter(p -> p.communityId.equals(communityId))
                    .flatMap(p -> posts.claim(p.id, volunteer.memberId())).isPresent();
            if (!claimed) {
                throw ProblemException.forField("postId", VolunteerError.POST_OR_WISH_MISMATCH, command.postId());
            }
        }
        if (command.wishId() != null) {
            boolean claimed = wishes.findByIdOptional(command.wishId())
                    .filter(w -> w.communityId.equals(communityId) && w.status != WishStatus.OPEN && w.status != WishStatus.WITHDRAWN)
                    .filter(w -> claimedBy(w, volunteer)).isPresent();
            if (!claimed) {
                throw ProblemException.forField("wishId", VolunteerError.POST_OR_WISH_MISMATCH, command.wishId());
            }
        }
    }

    private static boolean claimedBy(Wish wish, Volunteers.Volunteer volunteer) {
        return wish.claimerKind == ClaimerKind.MEMBER
                ? volunteer.memberId().equals(wish.claimerMemberId)
                : volunteer.organizationPath().startsWith(wish.claimerOrganizationPath);
    }

    private static void enforce(ServiceTimeRules.Violation violation) {
        if (violation == null) {
            return;
        }
        throw switch (violation) {
            case END_NOT_AFTER_START -> ProblemException.forField("endAt", VolunteerError.END_NOT_AFTER_START);
            case END_IN_FUTURE -> ProblemException.forField("endAt", VolunteerError.END_IN_FUTURE);
            case HOURS_NOT_ONE_DECIMAL -> ProblemException.forField("hours", VolunteerError.HOURS_NOT_ONE_DECIMAL);
            case HOURS_NOT_POSITIVE -> ProblemException.forField("hours", VolunteerError.HOURS_NOT_POSITIVE);
            case HOURS_LONGER_THAN_SPAN -> ProblemException.forField("hours", VolunteerError.HOURS_LONGER_THAN_SPAN);
            case OVERLAPS_ANOTHER_RECORD -> ProblemException.forField("startAt", VolunteerError.OVERLAPS_ANOTHER_RECORD);
            case MORE_THAN_24_HOURS_A_DAY -> ProblemException.forField("hours", VolunteerError.MORE_THAN_24_HOURS_A_DAY);
        };
    }

    public VolunteerRecord get(String id) {
        return records.findByIdOptional(id).filter(this::visible).orElseThrow(ProblemException::notFound);
    }

    /**
     * Records by member, community, subtree, status and service dates, each optional, within the
     * caller's scope; {@code mine} lists the caller's own.
     */
    public Page<VolunteerRecord> list(String memberId, String communityId, String organizationId, RecordStatus status,
                                      LocalDate from, LocalDate to, boolean mine, PageParams page) {
        String subtree = organizationId == null ? null : scope.managedOrganization(organizationId, "organizationId").path();
        String member = mine ? scope.requireMemberId() : memberId;
        Where where = records.where(new VolunteerRecordFilter(member, communityId, subtree, status, from, to));
        scope.restrict(where, "r.communityId", "r.organizationPath", "r.memberId");
        return Page.of(records.page(where, page.after(), page.limit), page.limit, r -> r.id, r -> r);
    }

    /** The community confirms or rejects a submitted record; never the member themself. */
    @Transactional
    public VolunteerRecord decide(String id, DecideVolunteerRecord decision) {
        VolunteerRecord record = records.lockById(id).filter(this::visible).orElseThrow(ProblemException::notFound);
        if (record.memberId.equals(scope.caller().subject())) {
            throw new ProblemException(VolunteerError.CANNOT_CONFIRM_OWN_RECORD);
        }
        if (!scope.actsFor(record.communityId)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        if (decision.status() == RecordStatus.SUBMITTED) {
            throw ProblemException.forField("status", VolunteerError.INVALID_DECISION);
        }
        if (record.status != RecordStatus.SUBMITTED) {
            throw new ProblemException(VolunteerError.RECORD_DECIDED, record.status);
        }
        if (decision.status() == RecordStatus.REJECTED && (decision.reason() == null || decision.reason().isBlank())) {
            throw ProblemException.forField("reason", VolunteerError.REJECTION_REASON_REQUIRED);
        }
        long before = record.version;
        record.status = decision.status();
        record.rejectionReason = decision.status() == RecordStatus.REJECTED ? decision.reason().trim() : null;
        record.decidedBy = scope.caller().subject();
        record.decidedAt = StoredTime.now();
        records.flush();
        audit.changed(record.audited(), before, record.version);
        if (record.status == RecordStatus.CONFIRMED) {
            statistics.addConfirmed(record);
        }
        return record;
    }

    private boolean visible(VolunteerRecord record) {
        return scope.canSee(record.communityId, record.organizationPath, record.memberId);
    }
}
