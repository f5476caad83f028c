package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.DutyReport;
import cn.partybuilding.assessment.domain.Rectification;
import cn.partybuilding.assessment.domain.RectificationReview;
import cn.partybuilding.assessment.domain.RectificationStatus;
import cn.partybuilding.assessment.domain.ReviewResult;
import cn.partybuilding.assessment.repository.DutyReportRepository;
import cn.partybuilding.assessment.repository.RectificationRepository;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.time.ChinaTime;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * 整改清单: items are raised in an organization's subtree (from a 述职评议 of that organization, or on
 * their own), edited under If-Match until closed, reported done by the organization ({@code RECTIFIED}),
 * and reviewed (回头看) by an administrator above it: closed for good, or reopened with a new deadline.
 */
@ApplicationScoped
public class RectificationService {

    private final RectificationRepository items;
    private final DutyReportRepository reports;
    private final DutyScope scope;
    private final AuditTrail audit;

    public RectificationService(RectificationRepository items, DutyReportRepository reports, DutyScope scope, AuditTrail audit) {
        this.items = items;
        this.reports = reports;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public Rectification create(CreateRectification command) {
        BranchServiceClient.OrganizationRef organization = scope.writableOrganization(command.organizationId(), "organizationId");
        if (command.dutyReportId() != null) {
            DutyReport report = reports.findByIdOptional(command.dutyReportId())
                    .filter(r -> scope.canSee(r.organizationPath))
                    .orElseThrow(() -> ProblemException.forField("dutyReportId", AssessmentError.DUTY_REPORT_NOT_FOUND, command.dutyReportId()));
            if (!report.organizationId.equals(organization.id())) {
                throw ProblemException.forField("dutyReportId", AssessmentError.DUTY_REPORT_OF_ANOTHER_ORGANIZATION);
            }
        }
        Rectification item = new Rectification();
        item.id = Ulid.next();
        item.dutyReportId = command.dutyReportId();
        item.organizationId = organization.id();
        item.organizationPath = organization.path();
        item.organizationName = organization.name();
        item.problem = command.problem().trim();
        item.measures = command.measures().trim();
        item.ownerName = command.ownerName().trim();
        item.ownerPost = command.ownerPost();
        item.deadline = command.deadline();
        item.status = RectificationStatus.OPEN;
        item.createdBy = scope.caller().subject();
        items.persist(item);
        items.flush();
        audit.created(item.audited(), item.version);
        Log.debugf("rectification %s raised in %s", item.id, item.organizationId);
        return item;
    }

    public Rectification get(String id) {
        Rectification item = items.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        if (!scope.canSee(item.organizationPath)) {
            throw ProblemException.notFound();
        }
        return item;
    }

    public List<RectificationReview> reviews(Rectification item) {
        return items.reviews(item.id);
    }

    public Page<Rectification> list(String organizationId, String dutyReportId, RectificationStatus status, boolean overdue,
                                    PageParams page) {
        String subtree = organizationId == null ? scope.readPath() : scope.visibleOrganization(organizationId, "organizationId").path();
        return Page.of(items.page(subtree, dutyReportId, status, overdue ? ChinaTime.today() : null, page.after(), page.limit),
                page.limit, r -> r.id, r -> r);
    }

    /** Changes the content under If-Match (required); a closed item 409. */
    @Transactional
    public Rectification update(String id, String ifMatch, UpdateRectification command) {
        Rectification item = writable(id, ifMatch, true);
        long before = item.version;
        if (command.problem() != null) {
            item.problem = command.problem().trim();
        }
        if (command.measures() != null) {
            item.measures = command.measures().trim();
        }
        if (command.ownerName() != null) {
            item.ownerName = command.ownerName().trim();
        }
        if (command.ownerPost() != null) {
            item.ownerPost = command.ownerPost();
        }
        if (command.deadline() != null) {
            item.deadline = command.deadline();
        }
        items.flush();
        audit.changed(item.audited(), before, item.version);
        return item;
    }

    /** The owner reports the item rectified, with a note: OPEN → RECTIFIED. */
    @Transactional
    public Rectification complete(String id, String ifMatch, String note) {
        Rectification item = writable(id, ifMatch, false);
        long before = item.version;
        move(item, RectificationStatus.RECTIFIED);
        item.rectifiedNote = note.trim();
        item.rectifiedAt = StoredTime.now();
        items.flush();
        audit.changed(item.audited(), before, item.version);
        return item;
    }

    /** 回头看: an administrator above the item closes it or reopens it (with an optional new deadline). */
    @Transactional
    public Rectification review(String id, String ifMatch, ReviewRectification command) {
        Rectification item = items.lockById(id).orElseThrow(ProblemException::notFound);
        scope.requireReviewer(item.organizationPath);
        Versions.checkIfMatch(ifMatch, item.version);
        RectificationStatus next = item.status.afterReview(command.result());
        if (next == null) {
            throw item.status.isFinal() ? new ProblemException(AssessmentError.RECTIFICATION_CLOSED)
                    : new ProblemException(AssessmentError.INVALID_RECTIFICATION_TRANSITION, item.status,
                            command.result() == ReviewResult.CLOSED ? RectificationStatus.CLOSED : RectificationStatus.OPEN);
        }
        long before = item.version;
        item.status = next;
        Instant now = StoredTime.now();
        if (next == RectificationStatus.CLOSED) {
            item.closedAt = now;
        } else if (command.newDeadline() != null) {
            item.deadline = command.newDeadline();
        }
        RectificationReview review = new RectificationReview();
        review.id = Ulid.next();
        review.rectificationId = item.id;
        review.result = command.result();
        review.note = command.note().trim();
        review.newDeadline = next == RectificationStatus.OPEN ? command.newDeadline() : null;
        review.reviewedBy = scope.caller().subject();
        review.reviewerOrganizationId = scope.caller().organizationId();
        review.reviewedAt = now;
        items.addReview(review);
        items.flush();
        audit.changed(item.audited(), before, item.version);
        return item;
    }

    private Rectification writable(String id, String ifMatch, boolean ifMatchRequired) {
        if (ifMatchRequired && (ifMatch == null || ifMatch.isBlank())) {
            throw new ProblemException(AssessmentError.IF_MATCH_REQUIRED);
        }
        Rectification item = items.lockById(id).orElseThrow(ProblemException::notFound);
        scope.requireWriter(item.organizationPath);
        Versions.checkIfMatch(ifMatch, item.version);
        if (item.status.isFinal()) {
            throw new ProblemException(AssessmentError.RECTIFICATION_CLOSED);
        }
        return item;
    }

    private static void move(Rectification item, RectificationStatus next) {
        if (!item.status.canBecome(next)) {
            throw new ProblemException(AssessmentError.INVALID_RECTIFICATION_TRANSITION, item.status, next);
        }
        item.status = next;
    }
}
