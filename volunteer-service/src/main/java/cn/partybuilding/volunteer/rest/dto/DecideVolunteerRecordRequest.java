package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.RecordStatus;
import cn.partybuilding.volunteer.service.DecideVolunteerRecord;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerRecordConfirmation", description = "社区确认或驳回 / The community confirms or rejects")
public record DecideVolunteerRecordRequest(
        @NotNull @Schema(description = "CONFIRMED 或 REJECTED", required = true, examples = "CONFIRMED") RecordStatus status,
        @Size(max = 200) @Schema(description = "驳回理由（驳回时必填） / Reason (needed to reject)", examples = "当日社区无此项活动安排") String reason) {

    public DecideVolunteerRecord toCommand() {
        return new DecideVolunteerRecord(status, reason);
    }
}
