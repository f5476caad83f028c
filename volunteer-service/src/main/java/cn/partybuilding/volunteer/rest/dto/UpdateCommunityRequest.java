package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.service.UpdateCommunity;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateCommunityRequest", description = "修改社区；省略的字段不变 / Update a community; omitted fields stay")
public record UpdateCommunityRequest(
        @Size(min = 1, max = 100) @Schema(description = "社区名称 / Name") String name,
        @Size(min = 1, max = 50) @Schema(description = "区（市） / District") String district,
        @Size(max = 50) @Schema(description = "街道 / Street office") String street,
        @Size(max = 200) @Schema(description = "地址 / Address") String address,
        @Size(max = 50) @Schema(description = "联系人 / Contact") String contactName,
        @Size(max = 30) @Pattern(regexp = "[0-9+\\- ]{5,30}") @Schema(description = "社区办公电话 / Office phone") String contactPhone) {

    public UpdateCommunity toCommand() {
        return new UpdateCommunity(name, district, street, address, contactName, contactPhone);
    }
}
