package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityWithAttendance;
import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceSummary;
import cn.partybuilding.activity.repository.ActivityRepository;
import cn.partybuilding.activity.repository.AttendanceRepository;
import cn.partybuilding.common.changes.ChangeFeeds;
import cn.partybuilding.common.changes.ChangeFeeds.Current;
import cn.partybuilding.common.changes.ChangeFeeds.Feed;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.changes.ChangeScope;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change feed of activities. Recording attendance, a check-in and an approved leave request
 * change the activity's attendance register: the trail records them as {@value AttendanceService#ATTENDANCE}
 * changes of the activity, and the feed delivers them as changes of the activity.
 */
@RequestScoped
public class ActivityChangeFeeds {

    static final Feed ACTIVITIES = new Feed("activities", Set.of("Activity", AttendanceService.ATTENDANCE));

    @Inject
    ChangeFeeds feeds;

    @Inject
    ActivityScope scope;

    @Inject
    ActivityRepository activities;

    @Inject
    AttendanceRepository attendance;

    public ChangePage<ActivityWithAttendance> activities(ChangeParams params) {
        String path = scope.subtreePath();
        return feeds.page(ACTIVITIES, params, path == null ? ChangeScope.EVERYTHING : ChangeScope.of(path, null),
                this::current, shown -> { });
    }

    /** The activities the caller may read, each with its register, the registers read in one query. */
    private Map<String, Current<ActivityWithAttendance>> current(Set<String> ids) {
        List<Activity> visible = activities.list("id in ?1", ids).stream()
                .filter(a -> scope.contains(a.organizationPath)).toList();
        if (visible.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Attendance>> registers = attendance.list("key.activityId in ?1",
                        Sort.by("memberName").and("key.memberId"), visible.stream().map(a -> a.id).toList())
                .stream().collect(Collectors.groupingBy(row -> row.key.activityId()));
        return visible.stream().collect(Collectors.toMap(a -> a.id, a -> new Current<>(a.version,
                new ActivityWithAttendance(a, AttendanceSummary.of(a.id, registers.getOrDefault(a.id, List.of()))))));
    }
}
