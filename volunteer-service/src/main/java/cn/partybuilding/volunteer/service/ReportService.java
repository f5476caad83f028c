package cn.partybuilding.volunteer.service;

import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.CommunityReport;
import cn.partybuilding.volunteer.domain.CommunityReportFilter;
import cn.partybuilding.volunteer.domain.ReportKind;
import cn.partybuilding.volunteer.domain.ReportStatus;
import cn.partybuilding.volunteer.repository.CommunityReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * 双报到. An organization reports to a community once at a time (a second active report to the same
 * community is 409). A member has one active report: reporting to another community ends the first,
 * in the same transaction; the database's unique active key settles parallel reports.
 */
@ApplicationScoped
public class ReportService {

    private final CommunityReportRepository reports;
    private final CommunityService communities;
    private final Volunteers volunteers;
    private final VolunteerScope scope;
    private final AuditTrail audit;

    public ReportService(CommunityReportRepository reports, CommunityService communities, Volunteers volunteers,
                         VolunteerScope scope, AuditTrail audit) {
        this.reports = reports;
        this.communities = communities;
        this.volunteers = volunteers;
        this.scope = scope;
        this.audit = audit;
    }

    /** Reads branch-service before writing anything, so an outage there writes nothing. */
    @Transactional
    public CommunityReport create(CreateCommunityReport command) {
        String communityId = communities.referenced(command.communityId(), "communityId").id;
        CommunityReport report = new CommunityReport();
        report.id = Ulid.next();
        report.kind = command.kind();
        report.communityId = communityId;
        report.status = ReportStatus.ACTIVE;
        report.reportedAt = StoredTime.now();
        report.createdBy = scope.caller().subject();
        if (command.kind() == ReportKind.ORGANIZATION) {
            if (command.organizationId() == null) {
                throw ProblemException.forField("organizationId", CommonError.INVALID_FIELD_VALUE, "organizationId");
            }
            BranchServiceClient.OrganizationRef organization = scope.managedOrganization(command.organizationId(), "organizationId");
            report.organizationId = organization.id();
            report.organizationPath = organization.path();
            report.organizationName = organization.name();
            report.agreementItems = command.agreementItems();
        } else {
            Volunteers.Volunteer volunteer = volunteers.resolve(command.memberId(), "memberId");
            report.memberId = volunteer.memberId();
            report.memberName = volunteer.name();
            report.organizationId = volunteer.organizationId();
            report.organizationPath = volunteer.organizationPath();
            report.organizationName = volunteer.organizationName();
        }
        report.activeKey = CommunityReport.activeKeyOf(report.kind, report.organizationId, report.memberId, communityId);
        Optional<CommunityReport> active = reports.lockActive(report.activeKey);
        if (active.isPresent()) {
            if (report.kind == ReportKind.ORGANIZATION || active.get().communityId.equals(communityId)) {
                throw ProblemException.forField("communityId", VolunteerError.REPORT_EXISTS);
            }
            CommunityReport ended = active.get();
            long endedBefore = ended.version;
            ended.end(report.reportedAt);
            reports.flush(); // frees the active key before the new report takes it
            audit.changed(ended.audited(), endedBefore, ended.version);
        }
        reports.persist(report);
        reports.flush();
        audit.created(report.audited(), report.version);
        return report;
    }

    public CommunityReport get(String id) {
        return reports.findByIdOptional(id).filter(this::visible).orElseThrow(ProblemException::notFound);
    }

    /** Reports by community, subtree, member, kind and status, each optional, within the caller's scope. */
    public Page<CommunityReport> list(String communityId, String organizationId, String memberId, ReportKind kind,
                                      ReportStatus status, PageParams page) {
        String subtree = organizationId == null ? null : scope.managedOrganization(organizationId, "organizationId").path();
        Where where = reports.where(new CommunityReportFilter(communityId, subtree, memberId, kind, status));
        scope.restrict(where, "r.communityId", "r.organizationPath", "r.memberId");
        return Page.of(reports.page(where, page.after(), page.limit), page.limit, r -> r.id, r -> r);
    }

    /** Ends a report: the member, the organization's managers or the community may. */
    @Transactional
    public CommunityReport end(String id, UpdateCommunityReport change, String ifMatch) {
        CommunityReport report = reports.lockById(id).filter(this::visible).orElseThrow(ProblemException::notFound);
        Versions.checkIfMatch(ifMatch, report.version);
        long before = report.version;
        if (change.status() != ReportStatus.ENDED) {
            throw ProblemException.forField("status", CommonError.INVALID_FIELD_VALUE, "status");
        }
        if (report.status == ReportStatus.ENDED) {
            throw new ProblemException(VolunteerError.REPORT_ENDED);
        }
        boolean own = report.memberId != null && report.memberId.equals(scope.memberId());
        if (!own && !scope.actsFor(report.communityId) && !scope.manages(report.organizationPath)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        report.end(StoredTime.now());
        reports.flush();
        audit.changed(report.audited(), before, report.version);
        return report;
    }

    private boolean visible(CommunityReport report) {
        return scope.canSee(report.communityId, report.organizationPath, report.memberId);
    }
}
