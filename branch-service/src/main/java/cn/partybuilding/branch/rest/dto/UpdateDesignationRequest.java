package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.DesignationStatus;
import cn.partybuilding.branch.service.UpdateDesignation;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "修改命名：只改出现的字段；状态只能 NOMINATED→ACTIVE→REVOKED / Changes: only the fields present; status moves NOMINATED→ACTIVE→REVOKED")
public record UpdateDesignationRequest(
        @Size(min = 1, max = 200) @Schema(description = "名称 / Title", examples = "机关党建示范点") String title,
        @Size(max = 500) @Schema(description = "备注 / Remarks") String remarks,
        @Schema(description = "新状态 / New status", examples = "REVOKED") DesignationStatus status) {

    public UpdateDesignation toCommand() {
        return new UpdateDesignation(title, remarks, status);
    }
}
