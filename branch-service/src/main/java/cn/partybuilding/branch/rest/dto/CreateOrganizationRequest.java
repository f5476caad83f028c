package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.OrganizationType;
import cn.partybuilding.branch.service.CreateOrganization;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "新建党组织 / A new organization")
public record CreateOrganizationRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*")
        @Schema(description = "组织编码：字母、数字、点、下划线、连字符 / Unique code: letters, digits, . _ -", examples = "QD-FGW-01", required = true)
        String code,
        @NotBlank @Size(max = 200)
        @Schema(description = "组织名称 / Name", examples = "市发展和改革委员会机关第一党支部", required = true)
        String name,
        @NotNull
        @Schema(description = "组织类型 / Type", examples = "BRANCH", required = true)
        OrganizationType type,
        @Size(max = 26) @ValidId
        @Schema(description = "上级组织编号；省略则为顶级组织（仅系统管理员） / Parent id; omit for a root (system administrators only)")
        String parentId,
        @Size(max = 200)
        @Schema(description = "所属部门单位 / Unit (部门单位)", examples = "青岛市发展和改革委员会")
        String unitName,
        @Schema(description = "临时党支部（支部建在项目上） / Temporary organization", examples = "false")
        Boolean temporary,
        @Schema(description = "功能型党组织 / Functional organization", examples = "false")
        Boolean functional,
        @Schema(description = "成立日期 / Established on", examples = "2021-07-01")
        LocalDate establishedOn) {

    public CreateOrganization toCommand() {
        return new CreateOrganization(code, name, type, parentId, unitName, temporary, functional, establishedOn);
    }
}
