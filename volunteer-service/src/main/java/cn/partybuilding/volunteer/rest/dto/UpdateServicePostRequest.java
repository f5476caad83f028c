package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.PostStatus;
import cn.partybuilding.volunteer.service.UpdateServicePost;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateServicePostRequest", description = "修改或关闭服务岗；省略的字段不变 / Update or close a post; omitted fields stay")
public record UpdateServicePostRequest(
        @Size(min = 1, max = 100) @Schema(description = "岗位名称 / Title") String title,
        @Size(max = 2000) @Schema(description = "说明 / Description") String description,
        @Min(1) @Max(1000) @Schema(description = "名额，不少于已认领人数 / Capacity, not below the claims") Integer capacity,
        @Schema(description = "结束日期 / Last day") LocalDate endDate,
        @Schema(description = "状态 / Status", examples = "CLOSED") PostStatus status) {

    public UpdateServicePost toCommand() {
        return new UpdateServicePost(title, description, capacity, endDate, status);
    }
}
