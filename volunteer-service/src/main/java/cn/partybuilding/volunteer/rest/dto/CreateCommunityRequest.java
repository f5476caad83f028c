package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.service.CreateCommunity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateCommunityRequest", description = "登记社区 / Register a community")
public record CreateCommunityRequest(
        @NotBlank @Size(max = 100) @Schema(description = "社区名称 / Name", required = true, examples = "八大湖街道延安路社区") String name,
        @NotBlank @Size(max = 50) @Schema(description = "区（市） / District", required = true, examples = "市南区") String district,
        @Size(max = 50) @Schema(description = "街道 / Street office", examples = "八大湖街道") String street,
        @Size(max = 200) @Schema(description = "地址 / Address", examples = "青岛市市南区延安路 126 号") String address,
        @Size(max = 50) @Schema(description = "联系人 / Contact", examples = "社区党委书记 刘红") String contactName,
        @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]{5,30}") @Schema(description = "社区办公电话（公开） / The office's public phone", examples = "0532-82861234") String contactPhone) {

    public CreateCommunity toCommand() {
        return new CreateCommunity(name, district, street, address, contactName, contactPhone);
    }
}
