package cn.partybuilding.branch.domain;

import java.util.List;

/** Member counts of one branch (with its party groups), as the structure check reads them. */
public record BranchCounts(String id, String code, String name, long fullMembers, long totalMembers,
                           long committeeMembers, long ordinaryCommitteeMembers) {

    public List<StructureRule> brokenRules() {
        return StructureRule.broken(fullMembers, totalMembers, committeeMembers);
    }

    public List<CommitteeRule> brokenCommitteeRules() {
        return CommitteeRule.broken(fullMembers, committeeMembers, ordinaryCommitteeMembers);
    }
}
