package cn.partybuilding.activity.service;

import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.activity.config.ComplianceConfig;
import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.AttendanceRate;
import cn.partybuilding.activity.domain.ComplianceReport;
import cn.partybuilding.activity.domain.Counting;
import cn.partybuilding.activity.domain.ReportPeriod;
import cn.partybuilding.activity.domain.Requirement;
import cn.partybuilding.activity.repository.ComplianceRepository;
import cn.partybuilding.branchclient.BranchDirectory;
import cn.partybuilding.branchclient.BranchServiceClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
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


    private final ComplianceRepository repository;
    private final BranchDirectory branchDirectory;
    private final ActivityScope scope;
    private final ComplianceConfig config;

    public ComplianceService(ComplianceRepository repository, BranchDirectory branchDirectory, ActivityScope scope,
                             ComplianceConfig config) {
        this.repository = repository;
        this.branchDirectory = branchDirectory;
        this.scope = scope;
        this.config = config;
    }

    private static final class Tally {
        final Map<ActivityType, Integer> held = new EnumMap<>(ActivityType.class);
        long expected;
        long attended;
        final List<ComplianceRepository.Completed> completed = new ArrayList<>();
    }

    /**
     * The report; {@code everyMeeting} lists every completed activity with how it counted, otherwise only
     * the general meetings that did not count for want of a quorum.
     */
    public ComplianceReport report(String organizationId, ReportPeriod period, boolean everyMeeting) {
        BranchServiceClient.OrganizationRef root = scope.organization(organizationId, "organizationId");
        List<BranchServiceClient.OrganizationRef> branches = branchDirectory.organizations(root.id(), "BRANCH", scope.authorization());
        // a 党小组会 is required only of branches that have party groups
        Set<String> branchesWithGroups = branchDirectory.organizations(root.id(), "PARTY_GROUP", scope.authorization()).stream()
                .map(group -> parentPath(group.path())).collect(Collectors.toSet());
        Instant from = period.start().atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant to = period.end().atStartOfDay(ChinaTime.ZONE).toInstant();

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
        for (ComplianceRepository.Completed completed : repository.completed(root.path(), from, to, !everyMeeting)) {
            Tally tally = branchOf(byBranchPath, completed.organizationPath());
            if (tally != null) {
                tally.completed.add(completed);
            }
        }

        List<Requirement> requirements = config.asRequirements();
        List<ComplianceReport.Branch> items = new ArrayList<>();
        for (BranchServiceClient.OrganizationRef branch : branches) {
            Tally tally = byBranchPath.get(branch.path());
            boolean hasCommittee = Boolean.TRUE.equals(branch.hasCommittee());
            List<ComplianceReport.RequirementResult> results = new ArrayList<>();
            Set<ActivityType> required = EnumSet.noneOf(ActivityType.class);
            for (Requirement requirement : requirements) {
                int count = requirement.requiredIn(period);
                if (count == 0 || !appliesTo(requirement.type(), hasCommittee, branchesWithGroups.contains(branch.path()))) {
                    continue;
                }
                required.add(requirement.type());
                results.add(new ComplianceReport.RequirementResult(requirement.type(), count,
                        tally.held.getOrDefault(requirement.type(), 0)));
            }
            List<ComplianceReport.Meeting> meetings = tally.completed.stream().map(completed -> {
                ActivityType type = ActivityType.valueOf(completed.type());
                return new ComplianceReport.Meeting(completed.activityId(), lastId(completed.organizationPath()), type,
                        completed.title(), completed.startAt(), completed.voting(), completed.votingPresent(),
                        Counting.of(type, completed.voting(), completed.votingPresent(), required, hasCommittee));
            }).toList();
            double rate = AttendanceRate.of(tally.attended, tally.expected);
            items.add(new ComplianceReport.Branch(branch.id(), branch.name(), results, rate, meetings));
        }
        return new ComplianceReport(root.id(), period, items);
    }

    /**
     * A 支委会 is required only of a branch with a committee (seven or more full members, committee posts
     * held), a 党小组会 only of one with party groups.
     */
    private static boolean appliesTo(ActivityType type, boolean hasCommittee, boolean hasGroups) {
        return switch (type) {
            case COMMITTEE_MEETING -> hasCommittee;
            case GROUP_MEETING -> hasGroups;
            default -> true;
        };
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

    /** The organization a path ends with: "/a/b/" is b. */
    private static String lastId(String path) {
        return path.substring(path.lastIndexOf('/', path.length() - 2) + 1, path.length() - 1);
    }

    private static String parentPath(String path) {
        int cut = path.lastIndexOf('/', path.length() - 2);
        return cut <= 0 ? null : path.substring(0, cut + 1);
    }
}
