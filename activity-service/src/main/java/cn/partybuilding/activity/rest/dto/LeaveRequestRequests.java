package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.LeaveRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the leave-request operations. */
public final class LeaveRequestRequests {

    private LeaveRequestRequests() {
    }

    @Schema(name = "AskLeaveRequest", description = "请假 / Ask for leave")
    public record Ask(@NotBlank @Size(max = 500) @Schema(description = "理由 / Reason", required = true, examples = "外出公务") String reason) {
    }

    @Schema(name = "DecideLeaveRequest", description = "审批请假 / Decide a leave request")
    public record Decide(@NotNull @Schema(description = "APPROVED 或 REJECTED", required = true, examples = "APPROVED") LeaveRequest.Status status) {
    }
}
