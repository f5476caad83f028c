package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.Assessment;
import cn.partybuilding.assessment.domain.AssessmentDetail;
import cn.partybuilding.assessment.domain.AssessmentScheme;
import cn.partybuilding.assessment.repository.AssessmentRepository;
import cn.partybuilding.assessment.repository.SchemeRepository;
import cn.partybuilding.common.changes.ChangeFeeds;
import cn.partybuilding.common.changes.ChangeFeeds.Current;
import cn.partybuilding.common.changes.ChangeFeeds.Feed;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.changes.ChangeScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The change feeds of schemes and assessments, from the audit trail: the changes of the caller's
 * subtree (schemes issued in it, assessments of its organizations), everything for a system
 * administrator.
 */
@RequestScoped
public class AssessmentChangeFeeds {

    static final Feed SCHEMES = new Feed("assessment-schemes", Set.of("AssessmentScheme"));
    static final Feed ASSESSMENTS = new Feed("assessments", Set.of("Assessment"));

    @Inject
    ChangeFeeds feeds;

    @Inject
    AssessmentScope scope;

    @Inject
    SchemeRepository schemes;

    @Inject
    AssessmentRepository assessments;

    public ChangePage<AssessmentScheme> schemes(ChangeParams params) {
        return feeds.page(SCHEMES, params, changeScope(),
                ids -> schemes.list("id in ?1", ids).stream().filter(s -> scope.canSeeScheme(s.issuerPath))
                        .collect(Collectors.toMap(s -> s.id, s -> new Current<>(s.version, s))),
                shown -> { });
    }

    public ChangePage<AssessmentDetail> assessments(ChangeParams params) {
        return feeds.page(ASSESSMENTS, params, changeScope(), ids -> {
            var rows = assessments.list("id in ?1", ids).stream().filter(a -> scope.canSeeAssessment(a.organizationPath)).toList();
            Set<String> schemeIds = rows.stream().map(a -> a.schemeId).collect(Collectors.toSet());
            Map<String, AssessmentScheme> byId = schemeIds.isEmpty() ? Map.of()
                    : schemes.list("id in ?1", schemeIds).stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
            return rows.stream().collect(Collectors.toMap((Assessment a) -> a.id,
                    a -> new Current<>(a.version, new AssessmentDetail(a, byId.get(a.schemeId)))));
        }, shown -> { });
    }

    private ChangeScope changeScope() {
        return scope.isSystemAdmin() ? ChangeScope.EVERYTHING : ChangeScope.of(scope.path(), null);
    }
}
