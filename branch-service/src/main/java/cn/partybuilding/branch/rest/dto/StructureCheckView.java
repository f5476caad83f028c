package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.BranchCounts;
import cn.partybuilding.branch.domain.StructureCheck;
import cn.partybuilding.branch.domain.StructureRule;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StructureCheck", description = "党支部设置检查结果 / Result of the branch structure check of a subtree")
public record StructureCheckView(
        @Schema(description = "被检查的组织 / The organization whose subtree was checked") String organizationId,
        @Schema(description = "检查的党支部数 / Branches checked", examples = "120") long branchesChecked,
        @Schema(description = "不合规的党支部，按组织路径排序 / Branches that break a rule, in tree order") List<Finding> findings) {

    public static StructureCheckView of(StructureCheck check) {
        return new StructureCheckView(check.organizationId(), check.branchesChecked(),
                check.breakingBranches().stream().map(Finding::of).toList());
    }

    @Schema(name = "StructureFinding", description = "一个不合规的党支部 / A branch that breaks at least one rule")
    public record Finding(
            @Schema(description = "党支部编号 / Branch id") String organizationId,
            @Schema(description = "组织编码 / Code", examples = "QD-FGW-03") String code,
            @Schema(description = "名称 / Name", examples = "市发展和改革委员会机关第三党支部") String name,
            @Schema(description = "正式党员数 / Full members", examples = "2") long fullMembers,
            @Schema(description = "党员总数（含预备党员） / All members", examples = "4") long totalMembers,
            @Schema(description = "支委会成员数 / Members holding committee posts", examples = "1") long committeeMembers,
            @Schema(description = "违反的规则：TOO_FEW_FULL_MEMBERS 正式党员少于 3 人；TOO_MANY_MEMBERS 党员超过 50 人；"
                    + "COMMITTEE_REQUIRED 正式党员 7 人以上未设支委会（至少 3 名委员） / Rules broken") List<StructureRule> rules) {

        static Finding of(BranchCounts branch) {
            return new Finding(branch.id(), branch.code(), branch.name(), branch.fullMembers(), branch.totalMembers(),
                    branch.committeeMembers(), branch.brokenRules());
        }
    }
}
