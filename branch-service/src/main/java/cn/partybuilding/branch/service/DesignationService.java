package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Designation;
import cn.partybuilding.branch.domain.DesignationStatus;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.repository.DesignationRepository;
import cn.partybuilding.branch.rest.dto.CreateDesignationRequest;
import cn.partybuilding.branch.rest.dto.DesignationView;
import cn.partybuilding.branch.rest.dto.UpdateDesignationRequest;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

@ApplicationScoped
public class DesignationService {

    @Inject
    DesignationRepository designations;

    @Inject
    CallerScope scope;

    @Transactional
    public Designation create(CreateDesignationRequest request) {
        Organization organization = scope.referencedOrganization(request.organizationId(), "organizationId",
                BranchError.ORGANIZATION_NOT_FOUND);
        DesignationStatus status = request.status() == null ? DesignationStatus.ACTIVE : request.status();
        if (status == DesignationStatus.REVOKED) {
            throw ProblemException.forField("status", BranchError.INVALID_STATUS_TRANSITION, "-", status);
        }
        if (designations.exists(organization.id, request.kind(), request.year())) {
            throw ProblemException.forField("year", BranchError.DESIGNATION_EXISTS);
        }
        Designation designation = new Designation();
        designation.id = Ulid.next();
        designation.organizationId = organization.id;
        designation.kind = request.kind();
        designation.title = request.title().trim();
        designation.year = request.year();
        designation.status = status;
        designation.remarks = OrganizationService.blankToNull(request.remarks());
        designation.createdAt = Instant.now();
        designation.updatedAt = designation.createdAt;
        designations.persist(designation);
        designations.flush(); // a lost race on a unique key surfaces here, as a 409
        return designation;
    }

    public Designation get(String id) {
        Designation designation = designations.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        scope.organization(designation.organizationId);
        return designation;
    }

    public Page<DesignationView> list(DesignationRepository.Filter filter, PageParams page) {
        return Page.of(designations.page(filter, scope.subtreePath(), page.after(), page.limit), page.limit, d -> d.id,
                DesignationView::of);
    }

    @Transactional
    public Designation update(String id, UpdateDesignationRequest request, String ifMatch) {
        Designation designation = designations.lockById(id)
                .orElseThrow(ProblemException::notFound);
        scope.organization(designation.organizationId);
        Versions.checkIfMatch(ifMatch, designation.version);
        if (request.title() != null) {
            designation.title = request.title().trim();
        }
        if (request.remarks() != null) {
            designation.remarks = OrganizationService.blankToNull(request.remarks());
        }
        if (request.status() != null && request.status() != designation.status) {
            if (!designation.status.mayMoveTo(request.status())) {
                throw ProblemException.forField("status", BranchError.INVALID_STATUS_TRANSITION, designation.status,
                        request.status());
            }
            designation.status = request.status();
        }
        designation.updatedAt = Instant.now();
        designations.flush();
        return designation;
    }
}
