package cn.partybuilding.activity.domain;

import java.time.Instant;
import java.util.List;

/** 三会一课 compliance of every branch of an organization's subtree over a period. */
public record ComplianceReport(String organizationId, ReportPeriod period, List<Branch> branches) {

    public int compliantBranches() {
        return (int) branches.stream().filter(Branch::compliant).count();
    }

    /** One branch: the requirements that apply to it, its attendance rate and its general meetings without a quorum. */
    public record Branch(String organizationId, String name, List<RequirementResult> requirements, double attendanceRate,
                         List<QuorumShortfall> meetingsWithoutQuorum) {

        /** Every requirement met, and every general meeting held with a quorum. */
        public boolean compliant() {
            return requirements.stream().allMatch(RequirementResult::met) && meetingsWithoutQuorum.isEmpty();
        }
    }

    /** How many activities of a type the period required of a branch, and how many it completed. */
    public record RequirementResult(ActivityType type, int required, int held) {

        public boolean met() {
            return held >= required;
        }
    }

    /** A completed 支部党员大会 where not more than half of the voting (full) members were present. */
    public record QuorumShortfall(String activityId, Instant startAt, int votingMembers, int votingMembersPresent) {
    }
}
