package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.changes.ChangeFeeds;
import cn.partybuilding.common.changes.ChangeFeeds.Current;
import cn.partybuilding.common.changes.ChangeFeeds.Feed;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.changes.ChangeScope;
import cn.partybuilding.volunteer.domain.CommunityReport;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.repository.CommunityReportRepository;
import cn.partybuilding.volunteer.repository.VolunteerRecordRepository;
import cn.partybuilding.volunteer.repository.WishRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The change feeds of community reports, volunteer records and wishes, each within the scope of
 * its collection's reads: reports and records of the caller's subtree or community, every wish.
 */
@RequestScoped
public class VolunteerChangeFeeds {

    static final Feed COMMUNITY_REPORTS = new Feed("community-reports", Set.of("CommunityReport"));
    static final Feed VOLUNTEER_RECORDS = new Feed("volunteer-records", Set.of("VolunteerRecord"));
    static final Feed WISHES = new Feed("wishes", Set.of("Wish"));

    @Inject
    ChangeFeeds feeds;

    @Inject
    VolunteerScope scope;

    @Inject
    CommunityReportRepository reports;

    @Inject
    VolunteerRecordRepository records;

    @Inject
    WishRepository wishes;

    public ChangePage<CommunityReport> communityReports(ChangeParams params) {
        return feeds.page(COMMUNITY_REPORTS, params, changeScope(),
                ids -> current(reports.list("id in ?1", ids).stream()
                        .filter(r -> scope.canSee(r.communityId, r.organizationPath, r.memberId)).toList(), r -> r.id, r -> r.version),
                shown -> { });
    }

    public ChangePage<VolunteerRecord> volunteerRecords(ChangeParams params) {
        return feeds.page(VOLUNTEER_RECORDS, params, changeScope(),
                ids -> current(records.list("id in ?1", ids).stream()
                        .filter(r -> scope.canSee(r.communityId, r.organizationPath, r.memberId)).toList(), r -> r.id, r -> r.version),
                shown -> { });
    }

    /** Every wish, as the list shows wishes to every caller; the caller shows whom the resident and the claimer are shown. */
    public ChangePage<Wish> wishes(ChangeParams params) {
        return feeds.page(WISHES, params, ChangeScope.EVERYTHING,
                ids -> current(wishes.list("id in ?1", ids), w -> w.id, w -> w.version), shown -> { });
    }

    /** The subtree of an organization role and the community of community staff; everything for a system administrator. */
    private ChangeScope changeScope() {
        return scope.isSystemAdmin() ? ChangeScope.EVERYTHING : ChangeScope.of(scope.subtreePath(), scope.staffCommunityId());
    }

    private static <T> Map<String, Current<T>> current(Collection<T> rows, Function<T, String> id, Function<T, Long> version) {
        return rows.stream().collect(Collectors.toMap(id, row -> new Current<>(version.apply(row), row)));
    }
}
