package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.service.CreateDutyReport;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateDutyReportRequest", description = "新建述职评议 / A new duty report")
public record CreateDutyReportRequest(
        @NotNull @ValidId @Size(max = 26) @Schema(description = "述职的党组织 / The reporting organization", required = true) String organizationId,
        @NotNull @ValidId @Size(max = 26) @Schema(description = "述职书记的党员编号 / The secretary's member id", required = true) String reporterMemberId,
        @NotBlank @Size(max = 50) @Schema(description = "述职书记姓名 / The secretary's name", required = true, examples = "张建国") String reporterName,
        @NotNull @Min(2000) @Max(2100) @Schema(description = "年度 / Year", required = true, examples = "2025") Integer year,
        @Size(max = 50) @Schema(description = "述职期间 / Period", examples = "2025年度") String period,
        @NotBlank @Size(max = 200) @Schema(description = "标题 / Title", required = true, examples = "2025年度抓基层党建工作述职报告") String title,
        @NotBlank @Size(max = 20000) @Schema(description = "述职报告正文 / The report", required = true) String text,
        @NotEmpty @Size(max = 200) @Schema(description = "评议组成员的党员编号 / The panel's member ids", required = true)
        List<@NotNull @ValidId @Size(max = 26) String> panelMemberIds) {

    public CreateDutyReport toCommand() {
        return new CreateDutyReport(organizationId, reporterMemberId, reporterName, year, period, title, text, panelMemberIds);
    }
}
