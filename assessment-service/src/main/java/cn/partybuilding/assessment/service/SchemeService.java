package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.AssessmentScheme;
import cn.partybuilding.assessment.domain.SchemeCategory;
import cn.partybuilding.assessment.domain.SchemeIndicator;
import cn.partybuilding.assessment.repository.AssessmentRepository;
import cn.partybuilding.assessment.repository.SchemeRepository;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Indicator schemes: issued by an organization's ORG_ADMIN (or a system administrator), read in the
 * issuer's subtree and above it, changed only until the first assessment under them starts. The
 * scheme's row is locked by an edit and by the creation of an assessment, so the two take turns and
 * an edit never lands on a scheme that an assessment already uses.
 */
@ApplicationScoped
public class SchemeService {

    private final SchemeRepository schemes;
    private final AssessmentRepository assessments;
    private final AssessmentScope scope;
    private final AuditTrail audit;

    public SchemeService(SchemeRepository schemes, AssessmentRepository assessments, AssessmentScope scope, AuditTrail audit) {
        this.schemes = schemes;
        this.assessments = assessments;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public AssessmentScheme create(String issuerId, SchemeContent content) {
        Log.debugf("SchemeService.create issuer=%s", issuerId);
        BranchServiceClient.OrganizationRef issuer = scope.administeredOrganization(issuerId, "issuerId");
        SchemeContent checked = SchemeRules.check(content);
        if (schemes.nameTaken(issuer.id(), checked.year(), checked.name(), null)) {
            throw ProblemException.forField("name", AssessmentError.SCHEME_NAME_TAKEN);
        }
        AssessmentScheme scheme = new AssessmentScheme();
        scheme.id = Ulid.next();
        scheme.issuerId = issuer.id();
        scheme.issuerPath = issuer.path();
        scheme.issuerName = issuer.name();
        scheme.createdBy = scope.caller().subject();
        apply(scheme, checked);
        schemes.persist(scheme);
        schemes.flush();
        audit.created(scheme.audited(), scheme.version);
        return scheme;
    }

    /** Schemes the caller may see, by issuer and year, each optional. */
    public Page<AssessmentScheme> list(String issuerId, Integer year, PageParams page) {
        Where where = new Where().and("s.issuerId = :issuer", "issuer", issuerId).and("s.year = :year", "year", year);
        scope.restrictSchemes(where, "s.issuerPath");
        return Page.of(schemes.page(where, page.after(), page.limit), page.limit, s -> s.id, s -> s);
    }

    public AssessmentScheme get(String id) {
        AssessmentScheme scheme = schemes.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        if (!scope.canSeeScheme(scheme.issuerPath)) {
            throw ProblemException.notFound();
        }
        return scheme;
    }

    /**
     * Replaces the scheme's year, name, thresholds and categories (the issuer stays), under If-Match;
     * 409 SCHEME_FROZEN once an assessment under it exists. Indicators get new ids: none is scored yet.
     */
    @Transactional
    public AssessmentScheme update(String id, SchemeContent content, String ifMatch) {
        Log.debugf("SchemeService.update scheme=%s", id);
        get(id);
        AssessmentScheme scheme = schemes.lock(id).orElseThrow(ProblemException::notFound);
        if (!scope.administers(scheme.issuerPath)) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        Versions.checkIfMatch(ifMatch, scheme.version);
        if (assessments.existsForScheme(scheme.id)) {
            throw new ProblemException(AssessmentError.SCHEME_FROZEN);
        }
        SchemeContent checked = SchemeRules.check(content);
        if (schemes.nameTaken(scheme.issuerId, checked.year(), checked.name(), scheme.id)) {
            throw ProblemException.forField("name", AssessmentError.SCHEME_NAME_TAKEN);
        }
        long before = scheme.version;
        scheme.categories.clear();
        schemes.flush(); // the old categories and indicators go before the new ones come
        apply(scheme, checked);
        schemes.flush();
        audit.changed(scheme.audited(), before, scheme.version);
        return scheme;
    }

    /** Whether any assessment under the scheme exists: the scheme is then frozen. */
    public boolean frozen(AssessmentScheme scheme) {
        return assessments.existsForScheme(scheme.id);
    }

    private static void apply(AssessmentScheme scheme, SchemeContent content) {
        scheme.year = content.year();
        scheme.name = content.name();
        scheme.excellentMin = content.excellentMin().setScale(1);
        scheme.goodMin = content.goodMin().setScale(1);
        scheme.fairMin = content.fairMin().setScale(1);
        scheme.totalMax = SchemeRules.totalMax(content);
        int position = 0;
        for (SchemeContent.Category c : content.categories()) {
            SchemeCategory category = new SchemeCategory();
            category.id = Ulid.next();
            category.position = position++;
            category.name = c.name();
            int indicatorPosition = 0;
            for (SchemeContent.Indicator i : c.indicators()) {
                SchemeIndicator indicator = new SchemeIndicator();
                indicator.id = Ulid.next();
                indicator.schemeId = scheme.id;
                indicator.position = indicatorPosition++;
                indicator.name = i.name();
                indicator.maxScore = i.maxScore();
                indicator.guidance = i.guidance();
                indicator.source = i.source();
                indicator.target = i.target();
                category.indicators.add(indicator);
            }
            scheme.categories.add(category);
        }
    }
}
