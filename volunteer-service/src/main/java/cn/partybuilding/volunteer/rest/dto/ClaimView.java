package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.ServicePostClaim;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServicePostClaim", description = "党员认领服务岗 / A member's claim of a post")
public record ClaimView(
        @Schema(description = "服务岗 / Post") String postId,
        @Schema(description = "党员 / Member") String memberId,
        @Schema(description = "党员姓名 / Member name", examples = "李明") String memberName,
        @Schema(description = "所在组织 / Organization") String organizationId,
        @Schema(description = "组织名称 / Organization name") String organizationName,
        @Schema(description = "认领时间 / Claimed at") Instant claimedAt) {

    public static ClaimView of(ServicePostClaim c) {
        return new ClaimView(c.key.postId(), c.key.memberId(), c.memberName, c.organizationId, c.organizationName, c.claimedAt);
    }
}
