package cn.partybuilding.volunteer.service;

import cn.partybuilding.branchclient.BranchClientError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.repository.CommunityReportRepository;
import cn.partybuilding.volunteer.repository.CommunityRepository;
import cn.partybuilding.volunteer.repository.StatisticsRepository;
import cn.partybuilding.volunteer.rest.dto.StatisticsViews;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Confirmed volunteer service, counted within what the caller may see: any subtree for a system
 * administrator, the caller's subtree for organization roles, the caller's community for staff,
 * and a member's own records otherwise. Periods are China Standard Time dates; the default is the
 * current year.
 */
@ApplicationScoped
public class StatisticsService {

    @Inject
    StatisticsRepository statistics;

    @Inject
    CommunityRepository communities;

    @Inject
    CommunityReportRepository reports;

    @Inject
    VolunteerScope scope;

    /** The filters of a statistics request, narrowed to the caller's scope. */
    public StatisticsRepository.Criteria criteria(String organizationId, String communityId, String memberId,
                                                  LocalDate from, LocalDate to) {
        StatisticsRepository.Criteria period = period(from, to, null);
        LocalDate first = period.from();
        LocalDate last = period.to();
        if (scope.isSystemAdmin() || scope.isOrganizationRole()) {
            String subtreeRoot = organizationId != null ? organizationId
                    : scope.isSystemAdmin() ? null : scope.caller().requireOrganizationId();
            String subtree = subtreeRoot == null ? null : scope.managedOrganization(subtreeRoot, "organizationId").path();
            return new StatisticsRepository.Criteria(first, last, subtree, communityId, memberId);
        }
        String staffCommunity = scope.staffCommunityId();
        if (staffCommunity != null) {
            if (communityId != null && !communityId.equals(staffCommunity)) {
                throw ProblemException.forField("communityId", VolunteerError.COMMUNITY_NOT_FOUND, communityId);
            }
            return new StatisticsRepository.Criteria(first, last, null, staffCommunity, memberId);
        }
        String self = scope.requireMemberId();
        if (memberId != null && !memberId.equals(self)) {
            throw ProblemException.forField("memberId", BranchClientError.MEMBER_NOT_FOUND, memberId);
        }
        return new StatisticsRepository.Criteria(first, last, null, communityId, self);
    }

    /** A period of service dates (the current year by default) for one member, or for everyone when null. */
    public static StatisticsRepository.Criteria period(LocalDate from, LocalDate to, String memberId) {
        LocalDate first = from != null ? from : LocalDate.now(ServiceTimeRules.CHINA).withDayOfYear(1);
        LocalDate last = to != null ? to : first.withDayOfYear(first.lengthOfYear());
        if (last.isBefore(first)) {
            throw ProblemException.forField("to", VolunteerError.PERIOD_END_BEFORE_START);
        }
        return new StatisticsRepository.Criteria(first, last, null, null, memberId);
    }

    public StatisticsViews.Totals totals(StatisticsRepository.Criteria criteria, String organizationId) {
        return StatisticsViews.Totals.of(criteria, organizationId, statistics.totals(criteria));
    }

    public StatisticsViews.Ranking ranking(StatisticsRepository.Criteria criteria, StatisticsRepository.RankBy by, int limit) {
        List<StatisticsRepository.Ranked> rows = statistics.ranking(criteria, by, limit);
        Map<String, Community> rankedCommunities = by != StatisticsRepository.RankBy.COMMUNITY ? Map.of()
                : communitiesById(rows.stream().map(StatisticsRepository.Ranked::id).toList());
        Function<StatisticsRepository.Ranked, String> name = by == StatisticsRepository.RankBy.COMMUNITY
                ? r -> rankedCommunities.containsKey(r.id()) ? rankedCommunities.get(r.id()).name : null
                : StatisticsRepository.Ranked::name;
        List<StatisticsViews.RankingEntry> entries = new ArrayList<>();
        for (StatisticsRepository.Ranked row : rows) {
            entries.add(new StatisticsViews.RankingEntry(entries.size() + 1, row.id(), name.apply(row), row.hours(),
                    row.personTimes(), row.communities()));
        }
        return new StatisticsViews.Ranking(by, criteria.from(), criteria.to(), entries);
    }

    /** The calling member's own figures, with hours still awaiting the community. */
    public StatisticsViews.Mine mine(LocalDate from, LocalDate to) {
        String self = scope.requireMemberId();
        StatisticsRepository.Criteria criteria = period(from, to, self);
        StatisticsRepository.Totals totals = statistics.totals(criteria);
        String reportedCommunity = reports.activeMemberReport(self).map(r -> r.communityId).orElse(null);
        return new StatisticsViews.Mine(self, criteria.from(), criteria.to(), totals.hours(), totals.personTimes(),
                totals.communities(), statistics.pendingHours(self, criteria.from(), criteria.to()), reportedCommunity);
    }

    public Map<String, Community> communitiesById(List<String> ids) {
        return ids.isEmpty() ? Map.of() : communities.list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c));
    }
}
