package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.service.UpdateOrganization;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "修改党组织：只改出现的字段；类型与上级另有操作 / Changes to an organization: only the fields present change; type and parent have their own operations")
public record UpdateOrganizationRequest(
        @Size(min = 1, max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*")
        @Schema(description = "组织编码 / Code", examples = "QD-FGW-01")
        String code,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}")
        @Schema(description = "组织名称 / Name", examples = "市发展和改革委员会机关第一党支部")
        String name,
        @Size(max = 200)
        @Schema(description = "所属部门单位；空字符串清除 / Unit; an empty string clears it", examples = "青岛市发展和改革委员会")
        String unitName,
        @Schema(description = "临时党支部 / Temporary") Boolean temporary,
        @Schema(description = "功能型党组织 / Functional") Boolean functional,
        @Schema(description = "成立日期 / Established on", examples = "2021-07-01") LocalDate establishedOn) {

    public UpdateOrganization toCommand() {
        return new UpdateOrganization(code, name, unitName, temporary, functional, establishedOn);
    }
}
