package cn.partybuilding.branch.service;

import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.OrganizationType;
import cn.partybuilding.branch.domain.RatingStatus;
import cn.partybuilding.branch.domain.StarLevel;
import cn.partybuilding.branch.domain.StarRating;
import cn.partybuilding.branch.domain.StarRatingFilter;
import cn.partybuilding.branch.repository.StarRatingRepository;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;

/** 星级党支部评定: published for public notice (公示), then final or withdrawn. */
@ApplicationScoped
public class StarRatingService {

    static final int DEFAULT_NOTICE_DAYS = 7;

    private final StarRatingRepository ratings;
    private final CallerScope scope;
    private final AuditTrail audit;
    private final AuditedResources audited;

    StarRatingService(StarRatingRepository ratings, CallerScope scope, AuditTrail audit, AuditedResources audited) {
        this.ratings = ratings;
        this.scope = scope;
        this.audit = audit;
        this.audited = audited;
    }

    @Transactional
    public StarRating create(CreateStarRating command) {
        Organization organization = scope.referencedOrganization(command.organizationId(), "organizationId",
                BranchError.ORGANIZATION_NOT_FOUND);
        if (organization.type != OrganizationType.BRANCH && organization.type != OrganizationType.GENERAL_BRANCH) {
            throw ProblemException.forField("organizationId", BranchError.ORGANIZATION_NOT_RATABLE, organization.name);
        }
        if (ratings.exists(organization.id, command.year())) {
            throw ProblemException.forField("year", BranchError.RATING_EXISTS);
        }
        StarRating rating = new StarRating();
        rating.id = Ulid.next();
        rating.organizationId = organization.id;
        rating.year = command.year();
        rating.level = command.level();
        rating.score = command.score();
        rating.evaluator = command.evaluator().trim();
        rating.status = RatingStatus.PUBLIC_NOTICE;
        rating.noticeStart = command.noticeStart() == null ? ChinaTime.today() : command.noticeStart();
        rating.noticeEnd = command.noticeEnd() == null ? rating.noticeStart.plusDays(DEFAULT_NOTICE_DAYS) : command.noticeEnd();
        checkNoticePeriod(rating);
        rating.remarks = OrganizationService.blankToNull(command.remarks());
        ratings.persist(rating);
        ratings.flush(); // a lost race on a unique key surfaces here, as a 409
        audit.created(audited.of(rating), rating.version);
        return rating;
    }

    public StarRating get(String id) {
        StarRating rating = ratings.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        scope.organization(rating.organizationId);
        return rating;
    }

    /** {@code organizationId} narrows the list to that subtree: a 422 on that parameter when out of scope. */
    public Page<StarRating> list(String organizationId, Integer year, StarLevel level, RatingStatus status,
                                 PageParams page) {
        StarRatingFilter filter = new StarRatingFilter(scope.subtreePathOf(organizationId, "organizationId"), year,
                level, status);
        return Page.of(ratings.page(filter, scope.subtreePath(), page.after(), page.limit), page.limit, r -> r.id,
                Function.identity());
    }

    @Transactional
    public StarRating update(String id, UpdateStarRating command, String ifMatch) {
        StarRating rating = ratings.lockById(id).orElseThrow(ProblemException::notFound);
        scope.organization(rating.organizationId);
        Versions.checkIfMatch(ifMatch, rating.version);
        long before = rating.version;
        if (command.changesContent() && !rating.status.isEditable()) {
            throw new ProblemException(BranchError.RATING_NOT_EDITABLE, rating.status);
        }
        if (command.level() != null) {
            rating.level = command.level();
        }
        if (command.score() != null) {
            rating.score = command.score();
        }
        if (command.evaluator() != null) {
            rating.evaluator = command.evaluator().trim();
        }
        if (command.noticeStart() != null) {
            rating.noticeStart = command.noticeStart();
        }
        if (command.noticeEnd() != null) {
            rating.noticeEnd = command.noticeEnd();
        }
        checkNoticePeriod(rating);
        if (command.remarks() != null) {
            rating.remarks = OrganizationService.blankToNull(command.remarks());
        }
        if (command.status() != null && command.status() != rating.status) {
            if (!rating.status.mayMoveTo(command.status())) {
                throw ProblemException.forField("status", BranchError.INVALID_STATUS_TRANSITION, rating.status, command.status());
            }
            if (command.status() == RatingStatus.FINAL && !ChinaTime.today().isAfter(rating.noticeEnd)) {
                throw ProblemException.forField("status", BranchError.NOTICE_NOT_OVER, rating.noticeEnd.toString());
            }
            rating.status = command.status();
        }
        ratings.flush();
        audit.changed(audited.of(rating), before, rating.version);
        return rating;
    }

    private static void checkNoticePeriod(StarRating rating) {
        if (rating.noticeEnd.isBefore(rating.noticeStart)) {
            throw ProblemException.forField("noticeEnd", BranchError.INVALID_NOTICE_PERIOD);
        }
    }
}
