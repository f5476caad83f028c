package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.domain.PostStatus;
import cn.partybuilding.volunteer.domain.ServicePost;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServicePost", description = "社区服务岗 / A community service post")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "社区 / Community") String communityId,
        @Schema(description = "社区名称 / The community's name", examples = "香港中路街道八大湖社区") String communityName,
        @Schema(description = "岗位名称 / Title", examples = "周末楼道环境整治岗") String title,
        @Schema(description = "类别 / Category") PostCategory category,
        @Schema(description = "说明 / Description") String description,
        @Schema(description = "名额 / Capacity", examples = "5") int capacity,
        @Schema(description = "已认领 / Claimed", examples = "3") int claimed,
        @Schema(description = "剩余名额 / Places left", examples = "2") int remaining,
        @Schema(description = "开始日期 / First day") LocalDate startDate,
        @Schema(description = "结束日期 / Last day") LocalDate endDate,
        @Schema(description = "状态 / Status") PostStatus status,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt) {

    public static PostView of(ServicePost p) {
        return new PostView(p.id, p.communityId, p.communityName, p.title, p.category, p.description, p.capacity, p.claimed,
                p.capacity - p.claimed, p.startDate, p.endDate, p.status, p.version, p.createdAt);
    }
}
