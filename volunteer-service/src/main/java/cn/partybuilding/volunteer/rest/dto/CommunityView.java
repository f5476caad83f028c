package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.Community;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Community", description = "社区 / A residential community")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommunityView(
        @Schema(description = "编号 / Id", examples = "01JE1C7M9N2Q4R6S8T0V3W5X7Y") String id,
        @Schema(description = "名称 / Name", examples = "八大湖街道延安路社区") String name,
        @Schema(description = "区（市） / District", examples = "市南区") String district,
        @Schema(description = "街道 / Street office", examples = "八大湖街道") String street,
        @Schema(description = "地址 / Address") String address,
        @Schema(description = "联系人 / Contact") String contactName,
        @Schema(description = "办公电话 / Office phone") String contactPhone,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "更新时间 / Updated at") Instant updatedAt) {

    public static CommunityView of(Community c) {
        return new CommunityView(c.id, c.name, c.district, c.street, c.address, c.contactName, c.contactPhone, c.version,
                c.createdAt, c.updatedAt);
    }
}
