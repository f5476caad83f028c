package cn.partybuilding.branch.domain;

import java.util.List;

/** The branches of a subtree that break a {@link StructureRule}, and how many branches were checked. */
public record StructureCheck(String organizationId, long branchesChecked, List<BranchCounts> breakingBranches) {
}
