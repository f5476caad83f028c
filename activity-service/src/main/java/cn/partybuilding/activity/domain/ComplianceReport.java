package cn.partybuilding.activity.domain;

import java.time.Instant;
import java.util.List;

/** 三会一课 compliance of every branch of an organization's subtree over a period. */
public record ComplianceReport(String organizationId, ReportPeriod period, List<Branch> branches) {

    public int compliantBranches() {
        return (int) branches.stream().filter(Branch::compliant).count();
    }

    /**
     * One branch: the requirements that apply to it, its attendance rate, and its completed activities
     * with how each counted (all of them, or only those that did not count, as the caller asked).
     */
    public record Branch(String organizationId, String name, List<RequirementResult> requirements, double attendanceRate,
                         List<Meeting> meetings) {

        /** Every requirement met: a meeting without a quorum is not held, and does not undo a valid one. */
        public boolean compliant() {
            return requirements.stream().allMatch(RequirementResult::met);
        }

        public List<Meeting> meetingsWithoutQuorum() {
            return meetings.stream().filter(meeting -> meeting.counting() == Counting.NO_QUORUM).toList();
        }
    }

    /** How many activities of a type the period required of a branch, and how many it completed. */
    public record RequirementResult(ActivityType type, int required, int held) {

        public boolean met() {
            return held >= required;
        }
    }

    /**
     * A completed activity of the branch or of one of its party groups ({@code organizationId}), and
     * how it counted. The voting counts are those of its attendance register (full members).
     */
    public record Meeting(String activityId, String organizationId, ActivityType type, String title, Instant startAt,
                          int votingMembers, int votingMembersPresent, Counting counting) {
    }
}
