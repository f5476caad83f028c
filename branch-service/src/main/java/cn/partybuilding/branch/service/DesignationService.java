package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Designation;
import cn.partybuilding.branch.domain.DesignationFilter;
import cn.partybuilding.branch.domain.DesignationKind;
import cn.partybuilding.branch.domain.DesignationStatus;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.repository.DesignationRepository;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Function;

@ApplicationScoped
public class DesignationService {

    private final DesignationRepository designations;
    private final CallerScope scope;
    private final AuditTrail audit;
    private final AuditedResources audited;

    DesignationService(DesignationRepository designations, CallerScope scope, AuditTrail audit, AuditedResources audited) {
        this.designations = designations;
        this.scope = scope;
        this.audit = audit;
        this.audited = audited;
    }

    @Transactional
    public Designation create(CreateDesignation command) {
        Organization organization = scope.referencedOrganization(command.organizationId(), "organizationId",
                BranchError.ORGANIZATION_NOT_FOUND);
        DesignationStatus status = command.status() == null ? DesignationStatus.ACTIVE : command.status();
        if (status == DesignationStatus.REVOKED) {
            throw ProblemException.forField("status", BranchError.INVALID_STATUS_TRANSITION, "-", status);
        }
        if (designations.exists(organization.id, command.kind(), command.year())) {
            throw ProblemException.forField("year", BranchError.DESIGNATION_EXISTS);
        }
        Designation designation = new Designation();
        designation.id = Ulid.next();
        designation.organizationId = organization.id;
        designation.kind = command.kind();
        designation.title = command.title().trim();
        designation.year = command.year();
        designation.status = status;
        designation.remarks = OrganizationService.blankToNull(command.remarks());
        designations.persist(designation);
        designations.flush(); // a lost race on a unique key surfaces here, as a 409
        audit.created(audited.of(designation), designation.version);
        return designation;
    }

    public Designation get(String id) {
        Designation designation = designations.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        scope.organization(designation.organizationId);
        return designation;
    }

    /** {@code organizationId} narrows the list to that subtree: a 422 on that parameter when out of scope. */
    public Page<Designation> list(String organizationId, DesignationKind kind, Integer year, DesignationStatus status,
                                  PageParams page) {
        DesignationFilter filter = new DesignationFilter(scope.subtreePathOf(organizationId, "organizationId"), kind,
                year, status);
        return Page.of(designations.page(filter, scope.subtreePath(), page.after(), page.limit), page.limit,
                d -> d.id, Function.identity());
    }

    @Transactional
    public Designation update(String id, UpdateDesignation command, String ifMatch) {
        Designation designation = designations.lockById(id)
                .orElseThrow(ProblemException::notFound);
        scope.organization(designation.organizationId);
        Versions.checkIfMatch(ifMatch, designation.version);
        long before = designation.version;
        if (command.title() != null) {
            designation.title = command.title().trim();
        }
        if (command.remarks() != null) {
            designation.remarks = OrganizationService.blankToNull(command.remarks());
        }
        if (command.status() != null && command.status() != designation.status) {
            if (!designation.status.mayMoveTo(command.status())) {
                throw ProblemException.forField("status", BranchError.INVALID_STATUS_TRANSITION, designation.status,
                        command.status());
            }
            designation.status = command.status();
        }
        designations.flush();
        audit.changed(audited.of(designation), before, designation.version);
        return designation;
    }
}
