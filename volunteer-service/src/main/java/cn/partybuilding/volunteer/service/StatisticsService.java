package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.branchclient.BranchClientError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.domain.MemberVolunteerTotals;
import cn.partybuilding.volunteer.domain.RankBy;
import cn.partybuilding.volunteer.domain.RankedTotals;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.domain.StatisticsFilter;
import cn.partybuilding.volunteer.domain.VolunteerTotals;
import cn.partybuilding.volunteer.repository.StatisticsRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Confirmed volunteer service, counted within what the caller may see: any subtree for a system
 * administrator, the caller's subtree for organization roles, the caller's community for staff,
 * and a member's own records otherwise. Periods are China Standard Time dates; the default is the
 * current year.
 */
@ApplicationScoped
public class StatisticsService {

    private final StatisticsRepository statistics;
    private final CommunityService communities;
    private final VolunteerScope scope;

    public StatisticsService(StatisticsRepository statistics, CommunityService communities, VolunteerScope scope) {
        this.statistics = statistics;
        this.communities = communities;
        this.scope = scope;
    }

    /** The filter of a statistics request, narrowed to the caller's scope. */
    public StatisticsFilter filter(String organizationId, String communityId, String memberId, LocalDate from, LocalDate to) {
        StatisticsFilter period = period(from, to, null);
        LocalDate first = period.from();
        LocalDate last = period.to();
        if (scope.isSystemAdmin() || scope.isOrganizationRole()) {
            String subtreeRoot = organizationId != null ? organizationId
                    : scope.isSystemAdmin() ? null : scope.caller().requireOrganizationId();
            String subtree = subtreeRoot == null ? null : scope.managedOrganization(subtreeRoot, "organizationId").path();
            return new StatisticsFilter(first, last, subtree, communityId, memberId);
        }
        String staffCommunity = scope.staffCommunityId();
        if (staffCommunity != null) {
            if (communityId != null && !communityId.equals(staffCommunity)) {
                throw ProblemException.forField("communityId", VolunteerError.COMMUNITY_NOT_FOUND, communityId);
            }
            return new StatisticsFilter(first, last, null, staffCommunity, memberId);
        }
        String self = scope.requireMemberId();
        if (memberId != null && !memberId.equals(self)) {
            throw ProblemException.forField("memberId", BranchClientError.MEMBER_NOT_FOUND, memberId);
        }
        return new StatisticsFilter(first, last, null, communityId, self);
    }

    /** A period of service dates (the current year by default) for one member, or for everyone when null. */
    static StatisticsFilter period(LocalDate from, LocalDate to, String memberId) {
        LocalDate first = from != null ? from : ChinaTime.today().withDayOfYear(1);
        LocalDate last = to != null ? to : first.withDayOfYear(first.lengthOfYear());
        if (last.isBefore(first)) {
            throw ProblemException.forField("to", VolunteerError.PERIOD_END_BEFORE_START);
        }
        return new StatisticsFilter(first, last, null, null, memberId);
    }

    public VolunteerTotals totals(StatisticsFilter filter) {
        return statistics.totals(filter);
    }

    /** The top {@code limit} by confirmed hours, each with its name (communities named from their table). */
    public List<RankedTotals> ranking(StatisticsFilter filter, RankBy by, int limit) {
        List<RankedTotals> rows = statistics.ranking(filter, by, limit);
        if (by != RankBy.COMMUNITY) {
            return rows;
        }
        Map<String, String> names = communities.namesById(rows.stream().map(RankedTotals::id).toList());
        return rows.stream().map(r -> r.named(names.get(r.id()))).toList();
    }

    /** The calling member's own figures, with hours still awaiting the community. */
    public MemberVolunteerTotals mine(LocalDate from, LocalDate to) {
        String self = scope.requireMemberId();
        return statistics.memberTotals(self, period(from, to, self));
    }
}
