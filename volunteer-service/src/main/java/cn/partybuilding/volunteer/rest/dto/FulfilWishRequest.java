package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.service.FulfilWish;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WishFulfilment", description = "圆愿 / Fulfil the wish")
public record FulfilWishRequest(
        @NotBlank @Size(max = 1000) @Schema(description = "圆愿说明 / What was done", required = true, examples = "已连续四周陪同老人取药，并帮助预约了家庭医生。") String note) {

    public FulfilWish toCommand() {
        return new FulfilWish(note);
    }
}
