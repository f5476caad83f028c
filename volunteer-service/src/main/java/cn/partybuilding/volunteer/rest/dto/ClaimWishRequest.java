package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.volunteer.service.ClaimWish;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimWishRequest", description = "领愿；党员本人领愿时可省略请求体 / Claim; members may send no body")
public record ClaimWishRequest(
        @Size(max = 26) @ValidId @Schema(description = "以组织名义领愿时的组织 / The organization claiming (党组织圆愿)") String organizationId) {

    public ClaimWish toCommand() {
        return new ClaimWish(organizationId);
    }
}
