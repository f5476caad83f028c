package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.service.TransferMember;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "组织关系转接 / Transfer a member to another organization")
public record TransferRequest(
        @NotBlank @Size(max = 26) @ValidId
        @Schema(description = "转入的党支部或党小组 / The receiving branch or party group", required = true, examples = "01JDZ9Y4K3M8Q2W6E5R7T1V0XB")
        String toOrganizationId,
        @Size(max = 500)
        @Schema(description = "转接原因 / Reason", examples = "工作调动：调入市财政局")
        String reason,
        @Schema(description = "生效日期，默认今天 / Effective date, today by default", examples = "2026-11-23")
        LocalDate effectiveOn) {

    public TransferMember toCommand() {
        return new TransferMember(toOrganizationId, reason, effectiveOn);
    }
}
