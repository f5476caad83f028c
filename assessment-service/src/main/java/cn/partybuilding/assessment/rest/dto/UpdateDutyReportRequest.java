package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.DutyReportStatus;
import cn.partybuilding.assessment.service.UpdateDutyReport;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateDutyReportRequest", description = "修改述职评议，省略的字段不变 / A change of a duty report; omitted fields stay")
public record UpdateDutyReportRequest(
        @Size(max = 50) @Schema(description = "述职期间 / Period") String period,
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") @Schema(description = "标题 / Title") String title,
        @Size(min = 1, max = 20000) @Schema(description = "述职报告正文 / The report") String text,
        @Size(min = 1, max = 200) @Schema(description = "评议组成员（投票开始前可改） / The panel (until voting opens)")
        List<@NotNull @ValidId @Size(max = 26) String> panelMemberIds,
        @Schema(description = "VOTING 开始投票，CLOSED 结束投票 / VOTING opens the ballot, CLOSED ends it") DutyReportStatus status) {

    public UpdateDutyReport toCommand() {
        return new UpdateDutyReport(period, title, text, panelMemberIds, status);
    }
}
