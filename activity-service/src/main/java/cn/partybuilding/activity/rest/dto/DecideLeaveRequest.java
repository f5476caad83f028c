package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.LeaveRequest;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecideLeaveRequest", description = "审批请假 / Decide a leave request")
public record DecideLeaveRequest(
        @NotNull @Schema(description = "APPROVED 或 REJECTED", required = true, examples = "APPROVED") LeaveRequest.Status status) {
}
