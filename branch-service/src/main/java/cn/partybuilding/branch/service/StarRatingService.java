package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.OrganizationType;
import cn.partybuilding.branch.domain.RatingStatus;
import cn.partybuilding.branch.domain.StarRating;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.branch.repository.StarRatingRepository;
import cn.partybuilding.branch.rest.dto.CreateStarRatingRequest;
import cn.partybuilding.branch.rest.dto.StarRatingView;
import cn.partybuilding.branch.rest.dto.UpdateStarRatingRequest;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/** 星级党支部评定: published for public notice (公示), then final or withdrawn. */
@ApplicationScoped
public class StarRatingService {

    static final int DEFAULT_NOTICE_DAYS = 7;

    @Inject
    StarRatingRepository ratings;

    @Inject
    OrganizationRepository organizations;

    @Inject
    CallerScope scope;

    @Transactional
    public StarRating create(CreateStarRatingRequest request) {
        Organization organization = scope.referencedOrganization(request.organizationId(), "organizationId",
                BranchError.ORGANIZATION_NOT_FOUND);
        if (organization.type != OrganizationType.BRANCH && organization.type != OrganizationType.GENERAL_BRANCH) {
            throw ProblemException.forField("organizationId", BranchError.ORGANIZATION_NOT_RATABLE, organization.name);
        }
        if (ratings.exists(organization.id, request.year())) {
            throw ProblemException.forField("year", BranchError.RATING_EXISTS);
        }
        StarRating rating = new StarRating();
        rating.id = Ulid.next();
        rating.organizationId = organization.id;
        rating.year = request.year();
        rating.level = request.level();
        rating.score = request.score();
        rating.evaluator = request.evaluator().trim();
        rating.status = RatingStatus.PUBLIC_NOTICE;
        rating.noticeStart = request.noticeStart() == null ? LocalDate.now() : request.noticeStart();
        rating.noticeEnd = request.noticeEnd() == null ? rating.noticeStart.plusDays(DEFAULT_NOTICE_DAYS) : request.noticeEnd();
        checkNoticePeriod(rating);
        rating.remarks = OrganizationService.blankToNull(request.remarks());
        rating.createdAt = Instant.now();
        rating.updatedAt = rating.createdAt;
        ratings.persist(rating);
        ratings.flush(); // a lost race on a unique key surfaces here, as a 409
        return rating;
    }

    public StarRating get(String id) {
        StarRating rating = ratings.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        scope.organization(rating.organizationId);
        return rating;
    }

    public Page<StarRatingView> list(StarRatingRepository.Filter filter, PageParams page) {
        return Page.of(ratings.page(filter, scope.subtreePath(), page.after(), page.limit), page.limit, r -> r.id,
                StarRatingView::of);
    }

    @Transactional
    public StarRating update(String id, UpdateStarRatingRequest request, String ifMatch) {
        StarRating rating = ratings.lockById(id).orElseThrow(ProblemException::notFound);
        scope.organization(rating.organizationId);
        Versions.checkIfMatch(ifMatch, rating.version);
        boolean changesContent = request.level() != null || request.score() != null || request.evaluator() != null
                || request.noticeStart() != null || request.noticeEnd() != null || request.remarks() != null;
        if (changesContent && !rating.status.isEditable()) {
            throw new ProblemException(BranchError.RATING_NOT_EDITABLE, rating.status);
        }
        if (request.level() != null) {
            rating.level = request.level();
        }
        if (request.score() != null) {
            rating.score = request.score();
        }
        if (request.evaluator() != null) {
            rating.evaluator = request.evaluator().trim();
        }
        if (request.noticeStart() != null) {
            rating.noticeStart = request.noticeStart();
        }
        if (request.noticeEnd() != null) {
            rating.noticeEnd = request.noticeEnd();
        }
        checkNoticePeriod(rating);
        if (request.remarks() != null) {
            rating.remarks = OrganizationService.blankToNull(request.remarks());
        }
        if (request.status() != null && request.status() != rating.status) {
            if (!rating.status.mayMoveTo(request.status())) {
                throw ProblemException.forField("status", BranchError.INVALID_STATUS_TRANSITION, rating.status, request.status());
            }
            if (request.status() == RatingStatus.FINAL && !LocalDate.now().isAfter(rating.noticeEnd)) {
                throw ProblemException.forField("status", BranchError.NOTICE_NOT_OVER, rating.noticeEnd.toString());
            }
            rating.status = request.status();
        }
        rating.updatedAt = Instant.now();
        ratings.flush();
        return rating;
    }

    private static void checkNoticePeriod(StarRating rating) {
        if (rating.noticeEnd.isBefore(rating.noticeStart)) {
            throw ProblemException.forField("noticeEnd", BranchError.INVALID_NOTICE_PERIOD);
        }
    }
}
