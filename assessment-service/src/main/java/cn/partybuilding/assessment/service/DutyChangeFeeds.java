package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.DutyReport;
import cn.partybuilding.assessment.domain.DutyTask;
import cn.partybuilding.assessment.domain.Rectification;
import cn.partybuilding.assessment.repository.DutyReportRepository;
import cn.partybuilding.assessment.repository.RectificationRepository;
import cn.partybuilding.assessment.repository.TaskRepository;
import cn.partybuilding.common.changes.ChangeFeeds;
import cn.partybuilding.common.changes.ChangeFeeds.Current;
import cn.partybuilding.common.changes.ChangeFeeds.Feed;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.changes.ChangeScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The change feeds of 述职评议, 整改 items and tasks, each within the caller's subtree (everything for
 * a system administrator). Ballots are not changes of a report: they never appear in its feed.
 */
@RequestScoped
public class DutyChangeFeeds {

    static final Feed DUTY_REPORTS = new Feed("duty-reports", Set.of("DutyReport"));
    static final Feed RECTIFICATIONS = new Feed("rectifications", Set.of("Rectification"));
    static final Feed TASKS = new Feed("tasks", Set.of("Task"));

    @Inject
    ChangeFeeds feeds;

    @Inject
    DutyScope scope;

    @Inject
    DutyReportRepository reports;

    @Inject
    RectificationRepository rectifications;

    @Inject
    TaskRepository tasks;

    public ChangePage<DutyReport> dutyReports(ChangeParams params) {
        return feeds.page(DUTY_REPORTS, params, changeScope(),
                ids -> current(reports.list("id in ?1", ids).stream().filter(r -> scope.canSee(r.organizationPath)).toList(),
                        r -> r.id, r -> r.version),
                shown -> { });
    }

    public ChangePage<Rectification> rectifications(ChangeParams params) {
        return feeds.page(RECTIFICATIONS, params, changeScope(),
                ids -> current(rectifications.list("id in ?1", ids).stream().filter(r -> scope.canSee(r.organizationPath)).toList(),
                        r -> r.id, r -> r.version),
                shown -> { });
    }

    public ChangePage<DutyTask> tasks(ChangeParams params) {
        return feeds.page(TASKS, params, changeScope(),
                ids -> current(tasks.list("id in ?1", ids).stream().filter(t -> scope.canSee(t.assigneeOrganizationPath)).toList(),
                        t -> t.id, t -> t.version),
                shown -> { });
    }

    private ChangeScope changeScope() {
        String path = scope.readPath();
        return path == null ? ChangeScope.EVERYTHING : ChangeScope.of(path, null);
    }

    static <T> Map<String, Current<T>> current(Collection<T> rows, Function<T, String> id, Function<T, Long> version) {
        return rows.stream().collect(Collectors.toMap(id, row -> new Current<>(version.apply(row), row)));
    }
}
