package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.service.MoveOrganization;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "移动党组织（整个下级树随之移动） / Move an organization; its whole subtree follows")
public record MoveOrganizationRequest(
        @NotBlank @Size(max = 26) @ValidId
        @Schema(description = "新的上级组织编号 / The new parent's id", examples = "01JDZ9Y4K3M8Q2W6E5R7T1V0X0", required = true)
        String parentId) {

    public MoveOrganization toCommand() {
        return new MoveOrganization(parentId);
    }
}
