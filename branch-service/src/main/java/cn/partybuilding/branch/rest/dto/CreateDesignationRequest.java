package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.DesignationKind;
import cn.partybuilding.branch.domain.DesignationStatus;
import cn.partybuilding.branch.service.CreateDesignation;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "新建命名 / A new designation")
public record CreateDesignationRequest(
        @NotBlank @Size(max = 26) @ValidId @Schema(description = "组织 / Organization", required = true) String organizationId,
        @NotNull @Schema(description = "类别 / Kind", required = true, examples = "DEMONSTRATION_SITE") DesignationKind kind,
        @NotBlank @Size(max = 200) @Schema(description = "名称 / Title", required = true, examples = "机关党建示范点") String title,
        @NotNull @Min(2000) @Max(2100) @Schema(description = "年度 / Year", required = true, examples = "2025") Integer year,
        @Schema(description = "初始状态，默认 ACTIVE；REVOKED 不可 / Initial status, ACTIVE by default; not REVOKED", examples = "ACTIVE") DesignationStatus status,
        @Size(max = 500) @Schema(description = "备注 / Remarks", examples = "规范提升党建示范点") String remarks) {

    public CreateDesignation toCommand() {
        return new CreateDesignation(organizationId, kind, title, year, status, remarks);
    }
}
