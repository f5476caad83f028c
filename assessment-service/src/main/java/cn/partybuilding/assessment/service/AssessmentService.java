package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.Assessment;
import cn.partybuilding.assessment.domain.AssessmentDetail;
import cn.partybuilding.assessment.domain.AssessmentScheme;
import cn.partybuilding.assessment.domain.AssessmentScore;
import cn.partybuilding.assessment.domain.AssessmentStatus;
import cn.partybuilding.assessment.domain.Grade;
import cn.partybuilding.assessment.domain.IndicatorSource;
import cn.partybuilding.assessment.domain.MetricFigure;
import cn.partybuilding.assessment.domain.SchemeIndicator;
import cn.partybuilding.assessment.domain.Scoring;
import cn.partybuilding.assessment.repository.AssessmentRepository;
import cn.partybuilding.assessment.repository.SchemeRepository;
import cn.partybuilding.branchclient.BranchClientError;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.time.ChinaTime;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Annual assessments: created by the scheme's issuer for an organization of its subtree (one per
 * organization and scheme), self-scored by that organization, reviewed, scored and graded, 公示
 * and made final by the issuer. Scores change only before final, only in their stage, and only
 * under If-Match. Automatic indicators are filled from the other services' figures, all read
 * before one transaction writes them.
 */
@ApplicationScoped
public class AssessmentService {

    /** A 公示 lasts 7 days unless its end is given, as for star ratings. */
    static final int DEFAULT_NOTICE_DAYS = 7;

    private final AssessmentRepository assessments;
    private final SchemeRepository schemes;
    private final AssessmentScope scope;
    private final AuditTrail audit;
    private final MetricReader metrics;

    public AssessmentService(AssessmentRepository assessments, SchemeRepository schemes, AssessmentScope scope, AuditTrail audit, MetricReader metrics) {
        this.assessments = assessments;
        this.schemes = schemes;
        this.scope = scope;
        this.audit = audit;
        this.metrics = metrics;
    }

    /**
     * Starts the assessment of an organization under a scheme. The scheme's row is locked first, so
     * an edit of the scheme waits (and then finds it frozen), and so does a parallel create of the
     * same assessment (and then finds it existing); the unique key stays the last word.
     */
    @Transactional
    public AssessmentDetail create(String schemeId, String organizationId) {
        Log.debugf("AssessmentService.create scheme=%s organization=%s", schemeId, organizationId);
        AssessmentScheme visible = schemes.findByIdOptional(schemeId).filter(s -> scope.canSeeScheme(s.issuerPath))
                .orElseThrow(() -> ProblemException.forField("schemeId", AssessmentError.SCHEME_NOT_FOUND, schemeId));
        scope.requireAdminOf(visible.issuerId);
        BranchServiceClient.OrganizationRef organization = scope.organization(organizationId, "organizationId");
        if (organization.id().equals(visible.issuerId) || !organization.path().startsWith(visible.issuerPath)) {
            throw ProblemException.forField("organizationId", BranchClientError.ORGANIZATION_NOT_FOUND, organizationId);
        }
        AssessmentScheme scheme = schemes.lock(schemeId).orElseThrow(ProblemException::notFound);
        if (assessments.exists(scheme.id, organization.id())) {
            throw ProblemException.forField("organizationId", AssessmentError.ASSESSMENT_EXISTS);
        }
        Assessment assessment = new Assessment();
        assessment.id = Ulid.next();
        assessment.schemeId = scheme.id;
        assessment.year = scheme.year;
        assessment.organizationId = organization.id();
        assessment.organizationPath = organization.path();
        assessment.organizationName = organization.name();
        assessment.assessorId = scheme.issuerId;
        assessment.assessorName = scheme.issuerName;
        assessment.status = AssessmentStatus.SELF_ASSESSMENT;
        assessment.createdBy = scope.caller().subject();
        for (SchemeIndicator indicator : scheme.indicators()) {
            AssessmentScore score = new AssessmentScore();
            score.id = Ulid.next();
            score.indicatorId = indicator.id;
            assessment.scores.add(score);
        }
        assessments.persist(assessment);
        assessments.flush();
        audit.created(assessment.audited(), assessment.version);
        return new AssessmentDetail(assessment, scheme);
    }

    /** Assessments of the caller's subtree, by scheme, organization, year and status, each optional. */
    public Page<AssessmentDetail> list(String schemeId, String organizationId, Integer year, AssessmentStatus status, PageParams page) {
        Where where = new Where().and("a.schemeId = :scheme", "scheme", schemeId)
                .and("a.organizationId = :organization", "organization", organizationId)
                .and("a.year = :year", "year", year)
                .and("a.status = :status", "status", status);
        scope.restrictAssessments(where, "a.organizationPath");
        Page<Assessment> found = Page.of(assessments.page(where, page.after(), page.limit), page.limit, a -> a.id, a -> a);
        Set<String> schemeIds = found.items().stream().map(a -> a.schemeId).collect(Collectors.toSet());
        Map<String, AssessmentScheme> byId = schemeIds.isEmpty() ? Map.of()
                : schemes.list("id in ?1", schemeIds).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        return found.map(a -> new AssessmentDetail(a, byId.get(a.schemeId)));
    }

    public AssessmentDetail get(String id) {
        Assessment assessment = visible(id);
        return new AssessmentDetail(assessment, schemes.findById(assessment.schemeId));
    }

    private Assessment visible(String id) {
        Assessment assessment = assessments.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        if (!scope.canSeeAssessment(assessment.organizationPath)) {
            throw ProblemException.notFound();
        }
        return assessment;
    }

    /**
     * Enters self or review scores: If-Match required (428) and current (412); 409 once final or
     * outside the stage; each score at least 0, at most the indicator's maximum, one decimal, for a
     * manual indicator of the scheme (422 naming the entry).
     */
    @Transactional
    public AssessmentDetail enterScores(String id, ScoreStage stage, List<ScoreEntry> entries, String ifMatch) {
        Log.debugf("AssessmentService.enterScores assessment=%s stage=%s", id, stage);
        visible(id);
        Assessment assessment = assessments.lock(id).orElseThrow(ProblemException::notFound);
        if (stage == ScoreStage.SELF) {
            scope.requireOwnOrganization(assessment.organizationId);
        } else {
            scope.requireAdminOf(assessment.assessorId);
        }
        requireIfMatch(ifMatch, assessment.version);
        if (assessment.status.isFinal()) {
            throw new ProblemException(AssessmentError.ASSESSMENT_FINAL);
        }
        if (assessment.status != stage.during) {
            throw new ProblemException(AssessmentError.WRONG_STAGE, assessment.status, stage.label);
        }
        AssessmentScheme scheme = schemes.findById(assessment.schemeId);
        for (int i = 0; i < entries.size(); i++) {
            ScoreEntry entry = entries.get(i);
            String field = "scores[" + i + "]";
            SchemeIndicator indicator = scheme.indicator(entry.indicatorId()).orElseThrow(() ->
                    ProblemException.forField(field + ".indicatorId", AssessmentError.INDICATOR_NOT_IN_SCHEME, entry.indicatorId()));
            if (indicator.source.automatic()) {
                throw ProblemException.forField(field + ".indicatorId", AssessmentError.NOT_AUTOMATIC, indicator.name);
            }
            BigDecimal score = entry.score();
            if (score.signum() < 0) {
                throw ProblemException.forField(field + ".score", AssessmentError.SCORE_NEGATIVE);
            }
            if (score.compareTo(indicator.maxScore) > 0) {
                throw ProblemException.forField(field + ".score", AssessmentError.SCORE_ABOVE_MAX, score.toPlainString(),
                        indicator.maxScore.toPlainString());
            }
            if (score.stripTrailingZeros().scale() > 1) {
                throw ProblemException.forField(field + ".score", AssessmentError.NOT_ONE_DECIMAL);
            }
            AssessmentScore row = assessment.score(indicator.id).orElseThrow();
            if (stage == ScoreStage.SELF) {
                row.selfScore = score.setScale(1);
                row.selfNote = entry.note();
            } else {
                row.reviewScore = score.setScale(1);
                row.reviewNote = entry.note();
            }
        }
        return changed(assessment, scheme);
    }

    /** Moves the assessment to another stage, by the issuer's ORG_ADMIN (or a system administrator). */
    @Transactional
    public AssessmentDetail changeStatus(String id, ChangeStatus command, String ifMatch) {
        Log.debugf("AssessmentService.changeStatus assessment=%s to=%s", id, command.status());
        visible(id);
        Assessment assessment = assessments.lock(id).orElseThrow(ProblemException::notFound);
        scope.requireAdminOf(assessment.assessorId);
        Versions.checkIfMatch(ifMatch, assessment.version);
        if (assessment.status.isFinal()) {
            throw new ProblemException(AssessmentError.ASSESSMENT_FINAL);
        }
        AssessmentStatus next = command.status();
        if (!assessment.status.canBecome(next)) {
            throw ProblemException.forField("status", AssessmentError.INVALID_TRANSITION, assessment.status, next);
        }
        AssessmentScheme scheme = schemes.findById(assessment.schemeId);
        switch (next) {
            case SCORED -> score(assessment, scheme);
            case PUBLICIZED -> {
                LocalDate start = command.noticeStart() != null ? command.noticeStart() : ChinaTime.today();
                LocalDate end = command.noticeEnd() != null ? command.noticeEnd() : start.plusDays(DEFAULT_NOTICE_DAYS - 1);
                if (end.isBefore(start)) {
                    throw ProblemException.forField("noticeEnd", AssessmentError.NOTICE_END_BEFORE_START);
                }
                assessment.noticeStart = start;
                assessment.noticeEnd = end;
            }
            case FINAL -> {
                if (!ChinaTime.today().isAfter(assessment.noticeEnd)) {
                    throw new ProblemException(AssessmentError.NOTICE_NOT_OVER, assessment.noticeEnd);
                }
                assessment.finalizedAt = StoredTime.now();
            }
            case REVIEW, SELF_ASSESSMENT -> {
                assessment.total = null;
                assessment.grade = null;
                assessment.noticeStart = null;
                assessment.noticeEnd = null;
            }
        }
        assessment.status = next;
        return changed(assessment, scheme);
    }

    /**
     * Fills the automatic indicators from live figures as of {@code asOf} (today by default, at most
     * the scheme's year end): every figure is read first, then one transaction writes them all. A
     * service down answers 503 and writes nothing.
     */
    public AssessmentDetail fillAutomatic(String id, LocalDate asOf, String ifMatch) {
        Log.debugf("AssessmentService.fillAutomatic assessment=%s", id);
        Assessment seen = visible(id);
        if (!scope.isSystemAdmin()) {
            try {
                scope.requireAdminOf(seen.assessorId);
            } catch (ProblemException notIssuer) {
                scope.requireOwnOrganization(seen.organizationId);
            }
        }
        Versions.checkIfMatch(ifMatch, seen.version);
        checkFillable(seen);
        AssessmentScheme scheme = schemes.findById(seen.schemeId);
        Set<IndicatorSource> needed = EnumSet.noneOf(IndicatorSource.class);
        scheme.indicators().stream().filter(i -> i.source.automatic()).forEach(i -> needed.add(i.source));
        LocalDate day = asOf != null ? asOf : ChinaTime.today();
        Map<IndicatorSource, MetricFigure> figures = needed.isEmpty() ? Map.of()
                : metrics.read(needed, seen.organizationId, scheme.year, day, scope.authorization());
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment assessment = assessments.lock(id).orElseThrow(ProblemException::notFound);
            Versions.checkIfMatch(ifMatch, assessment.version);
            checkFillable(assessment);
            AssessmentScheme current = schemes.findById(assessment.schemeId);
            for (SchemeIndicator indicator : current.indicators()) {
                MetricFigure figure = figures.get(indicator.source);
                if (figure == null) {
                    continue;
                }
                AssessmentScore row = assessment.score(indicator.id).orElseThrow();
                row.autoValue = figure.value();
                row.autoNumerator = figure.numerator();
                row.autoDenominator = figure.denominator();
                row.autoScore = Scoring.automaticScore(indicator.maxScore, figure.value(), indicator.target);
                row.autoSourceService = figure.sourceService();
                row.autoSourceText = figure.text();
                row.autoFetchedAt = figure.fetchedAt();
            }
            assessment.automaticAsOf = day;
            assessment.automaticFilledAt = StoredTime.now();
            return changed(assessment, current);
        });
    }

    private static void checkFillable(Assessment assessment) {
        if (assessment.status.isFinal()) {
            throw new ProblemException(AssessmentError.ASSESSMENT_FINAL);
        }
        if (assessment.status != AssessmentStatus.SELF_ASSESSMENT && assessment.status != AssessmentStatus.REVIEW) {
            throw new ProblemException(AssessmentError.WRONG_STAGE, assessment.status, "自动取数 / automatic scoring");
        }
    }

    /** Totals of the review scores and automatic scores, and the grade by the scheme's thresholds; 409 when any is missing. */
    private static void score(Assessment assessment, AssessmentScheme scheme) {
        BigDecimal total = BigDecimal.ZERO.setScale(1);
        int missing = 0;
        for (SchemeIndicator indicator : scheme.indicators()) {
            AssessmentScore row = assessment.score(indicator.id).orElseThrow();
            BigDecimal score = indicator.source.automatic() ? row.autoScore : row.reviewScore;
            if (score == null) {
                missing++;
            } else {
                total = total.add(score);
            }
        }
        if (missing > 0) {
            throw new ProblemException(AssessmentError.SCORES_INCOMPLETE, missing);
        }
        assessment.total = total;
        assessment.grade = Grade.of(total, scheme.thresholds());
    }

    private static void requireIfMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(AssessmentError.IF_MATCH_REQUIRED);
        }
        Versions.checkIfMatch(ifMatch, version);
    }

    /** Recomputes the running totals, bumps the version (the ETag covers the scores) and audits the change. */
    private AssessmentDetail changed(Assessment assessment, AssessmentScheme scheme) {
        long before = assessment.version;
        assessment.selfTotal = sum(assessment, scheme, true);
        assessment.reviewTotal = sum(assessment, scheme, false);
        assessment.updatedAt = StoredTime.now(); // the scores are rows of their own: this makes the assessment's version move
        assessments.flush();
        audit.changed(assessment.audited(), before, assessment.version);
        return new AssessmentDetail(assessment, scheme);
    }

    /** The self (or review) scores of manual indicators plus the automatic scores; null while none is entered. */
    private static BigDecimal sum(Assessment assessment, AssessmentScheme scheme, boolean self) {
        BigDecimal total = null;
        for (SchemeIndicator indicator : scheme.indicators()) {
            AssessmentScore row = assessment.score(indicator.id).orElseThrow();
            BigDecimal score = indicator.source.automatic() ? row.autoScore : self ? row.selfScore : row.reviewScore;
            if (score != null) {
                total = (total == null ? BigDecimal.ZERO.setScale(1) : total).add(score);
            }
        }
        return total;
    }
}
