package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.ReportKind;
import cn.partybuilding.volunteer.domain.ReportStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the community-report operations. */
public final class ReportRequests {

    private ReportRequests() {
    }

    @Schema(name = "CreateCommunityReportRequest", description = "向社区报到 / Report to a community")
    public record Create(
            @NotNull @Schema(description = "单位报到 ORGANIZATION 或 党员报到 MEMBER / Kind", required = true, examples = "MEMBER") ReportKind kind,
            @NotBlank @Size(max = 26) @Schema(description = "社区 / Community", required = true) String communityId,
            @Size(max = 26) @Schema(description = "报到的组织（单位报到必填） / The reporting organization (ORGANIZATION)") String organizationId,
            @Size(max = 26) @Schema(description = "报到的党员；党员本人报到时省略 / The member; omitted when members report themselves") String memberId,
            @Size(max = 20) @Schema(description = "共建项目（单位报到） / Co-building agreement items (ORGANIZATION)", examples = "[\"共建党员志愿服务队\",\"每月一次环境整治\"]")
            List<@NotBlank @Size(max = 200) String> agreementItems) {
    }

    @Schema(name = "UpdateCommunityReportRequest", description = "结束报到 / End a report")
    public record Update(@NotNull @Schema(description = "只能为 ENDED / Only ENDED", required = true, examples = "ENDED") ReportStatus status) {
    }
}
