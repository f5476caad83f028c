package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.BallotChoice;
import cn.partybuilding.assessment.domain.BallotTotals;
import cn.partybuilding.assessment.domain.DutyReport;
import cn.partybuilding.assessment.domain.DutyReportStatus;
import cn.partybuilding.assessment.repository.DutyReportRepository;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * 述职评议: the secretary's yearly report is prepared with its panel ({@code DRAFT}), the panel votes
 * ({@code VOTING}) and the result stands ({@code CLOSED}). Each panel member votes once: the ballot
 * locks the report's row, records the voter and adds one to the choice's count in one transaction, so
 * parallel ballots of one member count once. Nothing stores or shows which member chose what.
 */
@ApplicationScoped
public class DutyReportService {

    /** The audit trail's name of a ballot: its id is the report's, its actor the voter; the choice is never recorded. */
    static final String BALLOT = "DutyReportBallot";

    private final DutyReportRepository reports;
    private final DutyScope scope;
    private final AuditTrail audit;

    public DutyReportService(DutyReportRepository reports, DutyScope scope, AuditTrail audit) {
        this.reports = reports;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public DutyReport create(CreateDutyReport command) {
        BranchServiceClient.OrganizationRef organization = scope.writableOrganization(command.organizationId(), "organizationId");
        DutyReport report = new DutyReport();
        report.id = Ulid.next();
        report.organizationId = organization.id();
        report.organizationPath = organization.path();
        report.organizationName = organization.name();
        report.reporterMemberId = command.reporterMemberId();
        report.reporterName = command.reporterName().trim();
        report.year = command.year();
        report.period = command.period();
        report.title = command.title().trim();
        report.text = command.text();
        report.panel = new LinkedHashSet<>(command.panelMemberIds());
        report.status = DutyReportStatus.DRAFT;
        report.createdBy = scope.caller().subject();
        reports.persist(report);
        reports.flush();
        reports.openTally(report.id);
        audit.created(report.audited(), report.version);
        Log.debugf("duty report %s created for %s", report.id, report.organizationId);
        return report;
    }

    /** The report, when the caller sees its organization or sits on its panel; 404 otherwise. */
    public DutyReport get(String id) {
        DutyReport report = reports.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        if (!scope.canSee(report.organizationPath) && !report.panel.contains(scope.caller().subject())) {
            throw ProblemException.notFound();
        }
        return report;
    }

    public Page<DutyReport> list(String organizationId, Integer year, DutyReportStatus status, PageParams page) {
        String subtree = organizationId == null ? scope.readPath() : scope.visibleOrganization(organizationId, "organizationId").path();
        return Page.of(reports.page(subtree, year, status, page.after(), page.limit), page.limit, r -> r.id, r -> r);
    }

    /** Changes the report under If-Match: its content and panel while DRAFT, its status one step forward. */
    @Transactional
    public DutyReport update(String id, String ifMatch, UpdateDutyReport command) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(AssessmentError.IF_MATCH_REQUIRED);
        }
        DutyReport report = reports.lockById(id).orElseThrow(ProblemException::notFound);
        scope.requireWriter(report.organizationPath);
        Versions.checkIfMatch(ifMatch, report.version);
        long before = report.version;
        if (command.changesContent()) {
            if (report.status != DutyReportStatus.DRAFT) {
                throw new ProblemException(AssessmentError.DUTY_REPORT_NOT_EDITABLE);
            }
            if (command.period() != null) {
                report.period = command.period();
            }
            if (command.title() != null) {
                report.title = command.title().trim();
            }
            if (command.text() != null) {
                report.text = command.text();
            }
            if (command.panelMemberIds() != null) {
                report.panel.clear();
                report.panel.addAll(command.panelMemberIds());
            }
        }
        if (command.status() != null && command.status() != report.status) {
            if (!report.status.canBecome(command.status())) {
                throw new ProblemException(AssessmentError.INVALID_DUTY_REPORT_TRANSITION, report.status, command.status());
            }
            report.status = command.status();
            if (report.status == DutyReportStatus.VOTING) {
                report.votingOpenedAt = StoredTime.now();
            } else {
                report.closedAt = StoredTime.now();
            }
        } else if (command.status() != null && !command.changesContent()) {
            throw new ProblemException(AssessmentError.INVALID_DUTY_REPORT_TRANSITION, report.status, command.status());
        }
        report.updatedAt = StoredTime.now();
        reports.flush();
        audit.changed(report.audited(), before, report.version);
        return report;
    }

    /**
     * One secret ballot by the calling panel member. A caller off the panel gets 403 when it sees the
     * report and 404 when it does not; a second ballot 409; a ballot outside VOTING 409.
     */
    @Transactional
    public BallotTotals vote(String id, BallotChoice choice) {
        DutyReport report = reports.lockById(id).orElseThrow(ProblemException::notFound);
        String voter = scope.caller().subject();
        if (!report.panel.contains(voter)) {
            if (!scope.canSee(report.organizationPath)) {
                throw ProblemException.notFound();
            }
            throw new ProblemException(AssessmentError.NOT_ON_PANEL);
        }
        if (report.status != DutyReportStatus.VOTING) {
            throw new ProblemException(AssessmentError.NOT_VOTING, report.status);
        }
        if (!reports.recordVoter(id, voter)) {
            throw new ProblemException(AssessmentError.ALREADY_VOTED);
        }
        reports.countBallot(id, choice);
        audit.created(AuditedResource.inOrganization(BALLOT, report.id, report.organizationId, report.organizationPath), null);
        return new BallotTotals(reports.totals(id), report.panel.size());
    }

    /** The ballot totals of a report the caller may read. */
    public BallotTotals totals(String id) {
        DutyReport report = get(id);
        return new BallotTotals(reports.totals(id), report.panel.size());
    }

    /** The panel of a report as a list, for views. */
    public static List<String> panelOf(DutyReport report) {
        return List.copyOf(report.panel);
    }
}
