package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.PostCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the 微心愿 operations. */
public final class WishRequests {

    private WishRequests() {
    }

    @Schema(name = "WishResident", description = "许愿居民（仅社区和认领者可见） / The resident (seen only by the community and the claimer)")
    public record Resident(
            @NotBlank @Size(max = 50) @Schema(description = "姓名 / Name", required = true, examples = "王桂兰") String name,
            @Pattern(regexp = "1[3-9][0-9]{9}") @Schema(description = "手机号 / Mobile", examples = "13812345678") String phone) {
    }

    @Schema(name = "CreateWishRequest", description = "发布居民微心愿（许愿） / Publish a resident's wish")
    public record Create(
            @Size(max = 26) @Schema(description = "社区；社区工作人员省略 / Community; staff omit it") String communityId,
            @NotBlank @Size(max = 100) @Schema(description = "心愿（公开，勿含个人信息） / The wish (public: no personal data)", required = true, examples = "独居老人希望有人每周陪同去医院取药") String title,
            @Size(max = 1000) @Schema(description = "说明（公开） / Description (public)", examples = "老人腿脚不便，每周三上午需要到社区卫生服务中心取药。") String description,
            @NotNull @Schema(description = "类别 / Category", required = true, examples = "ELDERLY_CARE") PostCategory category,
            @Valid @Schema(description = "许愿居民 / The resident") Resident resident) {
    }

    @Schema(name = "ClaimWishRequest", description = "领愿；党员本人领愿时可省略请求体 / Claim; members may send no body")
    public record Claim(
            @Size(max = 26) @Schema(description = "以组织名义领愿时的组织 / The organization claiming (党组织圆愿)") String organizationId) {
    }

    @Schema(name = "WishFulfilment", description = "圆愿 / Fulfil the wish")
    public record Fulfilment(
            @NotBlank @Size(max = 1000) @Schema(description = "圆愿说明 / What was done", required = true, examples = "已连续四周陪同老人取药，并帮助预约了家庭医生。") String note) {
    }
}
