package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.BranchCounts;
import cn.partybuilding.branch.domain.CommitteeRule;
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

    @Schema(name = "StructureFinding", description = "一个不合规的党支部：rules 与 committeeRules 中至少有一条 / "
            + "A branch that breaks at least one rule, of rules or of committeeRules")
    public record Finding(
            @Schema(description = "党支部编号 / Branch id") String organizationId,
            @Schema(description = "组织编码 / Code", examples = "QD-FGW-03") String code,
            @Schema(description = "名称 / Name", examples = "市发展和改革委员会机关第三党支部") String name,
            @Schema(description = "正式党员数 / Full members", examples = "2") long fullMembers,
            @Schema(description = "党员总数（含预备党员） / All members", examples = "4") long totalMembers,
            @Schema(description = "支委会成员数（任书记、副书记或委员的党员） / Members holding committee posts (secretary, deputy or 委员)",
                    examples = "1") long committeeMembers,
            @Schema(description = "任组织委员、宣传委员、纪检委员等委员职务的党员数（不含书记、副书记） / "
                    + "Members holding a 委员's post (organization, publicity, discipline), secretary and deputy not counted",
                    examples = "0") long ordinaryCommitteeMembers,
            @Schema(description = "违反的规则：TOO_FEW_FULL_MEMBERS 正式党员少于 3 人；TOO_MANY_MEMBERS 党员超过 50 人；"
                    + "COMMITTEE_REQUIRED 正式党员 7 人以上未设支委会（至少 3 名委员） / Rules broken") List<StructureRule> rules,
            @Schema(description = "违反的支委会组成规则（依据《中国共产党支部工作条例（试行）》“党支部委员会由3至5人组成，一般不超过7人”，"
                    + "“正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记”）：COMMITTEE_TOO_LARGE 支委会超过 7 人；"
                    + "COMMITTEE_IN_SMALL_BRANCH 正式党员不足 7 人的党支部不设支委会，却有人任组织、宣传、纪检等委员。"
                    + "与 rules 同为违规，单列是因为 v1 的 rules 不增加取值；无违反时为空列表 / Committee composition rules broken, "
                    + "findings like rules (listed apart because v1's rules gains no values); an empty list when none")
            List<CommitteeRule> committeeRules) {

        static Finding of(BranchCounts branch) {
            return new Finding(branch.id(), branch.code(), branch.name(), branch.fullMembers(), branch.totalMembers(),
                    branch.committeeMembers(), branch.ordinaryCommitteeMembers(), branch.brokenRules(),
                    branch.brokenCommitteeRules());
        }
    }
}
