package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.ReportStatus;
import cn.partybuilding.volunteer.service.UpdateCommunityReport;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateCommunityReportRequest", description = "结束报到 / End a report")
public record UpdateCommunityReportRequest(
        @NotNull @Schema(description = "只能为 ENDED / Only ENDED", required = true, examples = "ENDED") ReportStatus status) {

    public UpdateCommunityReport toCommand() {
        return new UpdateCommunityReport(status);
    }
}
