package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.Designation;
import cn.partybuilding.branch.domain.DesignationKind;
import cn.partybuilding.branch.domain.DesignationStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Designation", description = "党建命名：示范点、第一课堂、品牌、党代表工作室、党员先锋岗 / A designation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DesignationView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "组织 / Organization") String organizationId,
        @Schema(description = "类别 / Kind", examples = "FIRST_CLASSROOM") DesignationKind kind,
        @Schema(description = "名称 / Title", examples = "机关党建\"第一课堂\"") String title,
        @Schema(description = "年度 / Year", examples = "2024") int year,
        @Schema(description = "状态：NOMINATED 培育创建，ACTIVE 已命名，REVOKED 已撤销 / Status") DesignationStatus status,
        @Schema(description = "备注 / Remarks") String remarks,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "更新时间 / Updated at") Instant updatedAt) {

    public static DesignationView of(Designation d) {
        return new DesignationView(d.id, d.organizationId, d.kind, d.title, d.year, d.status, d.remarks, d.version,
                d.createdAt, d.updatedAt);
    }
}
