package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.MemberTransfer;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberTransfer", description = "一次组织关系转接 / One transfer of a member")
public record MemberTransferView(
        @Schema(description = "转接编号 / Id") String id,
        @Schema(description = "党员编号 / Member id") String memberId,
        @Schema(description = "转出组织 / From organization") String fromOrganizationId,
        @Schema(description = "转入组织 / To organization") String toOrganizationId,
        @Schema(description = "原因 / Reason", examples = "工作调动") String reason,
        @Schema(description = "生效日期 / Effective on", examples = "2026-11-23") LocalDate effectiveOn,
        @Schema(description = "经办人（令牌主体） / Recorded by (token subject)") String recordedBy,
        @Schema(description = "登记时间 / Recorded at") Instant createdAt) {

    public static MemberTransferView of(MemberTransfer t) {
        return new MemberTransferView(t.id, t.memberId, t.fromOrganizationId, t.toOrganizationId, t.reason, t.effectiveOn,
                t.recordedBy, t.createdAt);
    }
}
