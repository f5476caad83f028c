package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.service.CreateServicePost;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateServicePostRequest", description = "发布服务岗 / Publish a service post")
public record CreateServicePostRequest(
        @Size(max = 26) @ValidId @Schema(description = "社区；社区工作人员省略（取令牌中的社区） / Community; staff omit it (the token's)") String communityId,
        @NotBlank @Size(max = 100) @Schema(description = "岗位名称 / Title", required = true, examples = "周末楼道环境整治岗") String title,
        @NotNull @Schema(description = "类别 / Category", required = true, examples = "ENVIRONMENT") PostCategory category,
        @Size(max = 2000) @Schema(description = "说明 / Description", examples = "每周六上午 9:00–11:00 清理楼道堆积物，张贴文明宣传画。") String description,
        @NotNull @Min(1) @Max(1000) @Schema(description = "名额 / Capacity", required = true, examples = "5") Integer capacity,
        @NotNull @Schema(description = "开始日期 / First day", required = true, examples = "2026-12-01") LocalDate startDate,
        @NotNull @Schema(description = "结束日期 / Last day", required = true, examples = "2027-02-28") LocalDate endDate) {

    public CreateServicePost toCommand() {
        return new CreateServicePost(communityId, title, category, description, capacity, startDate, endDate);
    }
}
