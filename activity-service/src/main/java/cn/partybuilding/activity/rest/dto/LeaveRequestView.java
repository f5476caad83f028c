package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.LeaveRequest;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeaveRequest", description = "请假申请 / A leave request")
public record LeaveRequestView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "活动 / Activity") String activityId,
        @Schema(description = "党员 / Member") String memberId,
        @Schema(description = "理由 / Reason", examples = "外出公务") String reason,
        @Schema(description = "状态 / Status") LeaveRequest.Status status,
        @Schema(description = "审批人 / Decided by") String decidedBy,
        @Schema(description = "审批时间 / Decided at") Instant decidedAt,
        @Schema(description = "版本 / Version") long version,
        @Schema(description = "提交时间 / Created at") Instant createdAt) {

    public static LeaveRequestView of(LeaveRequest r) {
        return new LeaveRequestView(r.id, r.activityId, r.memberId, r.reason, r.status, r.decidedBy, r.decidedAt,
                r.version, r.createdAt);
    }
}
