package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.service.CreateWish;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateWishRequest", description = "发布居民微心愿（许愿） / Publish a resident's wish")
public record CreateWishRequest(
        @Size(max = 26) @ValidId @Schema(description = "社区；社区工作人员省略 / Community; staff omit it") String communityId,
        @NotBlank @Size(max = 100) @Schema(description = "心愿（公开，勿含个人信息） / The wish (public: no personal data)", required = true, examples = "独居老人希望有人每周陪同去医院取药") String title,
        @Size(max = 1000) @Schema(description = "说明（公开） / Description (public)", examples = "老人腿脚不便，每周三上午需要到社区卫生服务中心取药。") String description,
        @NotNull @Schema(description = "类别 / Category", required = true, examples = "ELDERLY_CARE") PostCategory category,
        @Valid @Schema(description = "许愿居民 / The resident") WishResident resident) {

    public CreateWish toCommand() {
        return new CreateWish(communityId, title, description, category, resident == null ? null : resident.toResident());
    }
}
