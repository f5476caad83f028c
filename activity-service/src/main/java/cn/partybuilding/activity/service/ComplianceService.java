package cn.partybuilding.activity.service;

import cn.partybuilding.activity.config.ComplianceConfig;
import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.AttendanceRate;
import cn.partybuilding.activity.domain.ReportPeriod;
import cn.partybuilding.activity.domain.Requirement;
import cn.partybuilding.activity.repository.ComplianceRepository;
import cn.partybuilding.activity.rest.dto.ComplianceReportView;
import cn.partybuilding.branchclient.BranchDirectory;
import cn.partybuilding.branchclient.BranchServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 三会一课 compliance of every branch in a subtree for a period: the branch list comes from
 * branch-service (cached briefly), the counts from two index-only grouped queries; activities of a
 * party group count for its branch. Periods are calendar periods in China Standard Time.
 */
@ApplicationScoped
public class ComplianceService {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    ComplianceRepository repository;

    @Inject
    BranchDirectory branchDirectory;

    @Inject
    ActivityScope scope;

    @Inject
    ComplianceConfig config;

    private static final class Tally {
        final Map<ActivityType, Integer> held = new EnumMap<>(ActivityType.class);
        long expected;
        long attended;
        final List<ComplianceReportView.QuorumShortfall> shortfalls = new ArrayList<>();
    }

    public ComplianceReportView report(String organizationId, ReportPeriod period) {
        BranchServiceClient.OrganizationRef root = scope.organization(organizationId, "organizationId");
        List<BranchServiceClient.OrganizationRef> branches = branchDirectory.organizations(root.id(), "BRANCH", scope.authorization());
        // a 党小组会 is required only of branches that have party groups
        Set<String> branchesWithGroups = branchDirectory.organizations(root.id(), "PARTY_GROUP", scope.authorization()).stream()
                .map(group -> parentPath(group.path())).collect(Collectors.toSet());
        Instant from = period.start().atStartOfDay(CHINA).toInstant();
        Instant to = period.end().atStartOfDay(CHINA).toInstant();

        Map<String, Tally> byBranchPath = new HashMap<>();
        branches.forEach(branch -> byBranchPath.put(branch.path(), new Tally()));
        for (ComplianceRepository.Held held : repository.held(root.path(), from, to)) {
            Tally tally = branchOf(byBranchPath, held.organizationPath());
            if (tally != null) {
                tally.held.merge(ActivityType.valueOf(held.type()), held.count(), Integer::sum);
                tally.expected += held.expected();
                tally.attended += held.attended();
            }
        }
        for (ComplianceRepository.Quorum quorum : repository.meetingsWithoutQuorum(root.path(), from, to)) {
            Tally tally = branchOf(byBranchPath, quorum.organizationPath());
            if (tally != null) {
                tally.shortfalls.add(new ComplianceReportView.QuorumShortfall(quorum.activityId(), quorum.startAt(),
                        quorum.voting(), quorum.votingPresent()));
            }
        }

        List<Requirement> requirements = config.asRequirements();
        List<ComplianceReportView.Branch> items = new ArrayList<>();
        int compliant = 0;
        for (BranchServiceClient.OrganizationRef branch : branches) {
            Tally tally = byBranchPath.get(branch.path());
            List<ComplianceReportView.RequirementResult> results = new ArrayList<>();
            boolean allMet = true;
            for (Requirement requirement : requirements) {
                int required = requirement.requiredIn(period);
                if (required == 0 || (requirement.type() == ActivityType.GROUP_MEETING && !branchesWithGroups.contains(branch.path()))) {
                    continue;
                }
                int held = tally.held.getOrDefault(requirement.type(), 0);
                results.add(new ComplianceReportView.RequirementResult(requirement.type(), required, held, held >= required));
                allMet &= held >= required;
            }
            allMet &= tally.shortfalls.isEmpty();
            compliant += allMet ? 1 : 0;
            double rate = AttendanceRate.of(tally.attended, tally.expected);
            items.add(new ComplianceReportView.Branch(branch.id(), branch.name(), allMet, results, rate, tally.shortfalls));
        }
        return new ComplianceReportView(root.id(), period.label(), branches.size(), compliant, items);
    }

    /** The branch an activity counts for: its own organization, or the branch above a party group. */
    private static Tally branchOf(Map<String, Tally> byBranchPath, String organizationPath) {
        Tally own = byBranchPath.get(organizationPath);
        if (own != null) {
            return own;
        }
        String parent = parentPath(organizationPath);
        return parent == null ? null : byBranchPath.get(parent);
    }

    private static String parentPath(String path) {
        int cut = path.lastIndexOf('/', path.length() - 2);
        return cut <= 0 ? null : path.substring(0, cut + 1);
    }
}
