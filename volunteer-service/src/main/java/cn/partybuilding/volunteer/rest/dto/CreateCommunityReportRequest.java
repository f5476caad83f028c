package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.volunteer.domain.ReportKind;
import cn.partybuilding.volunteer.service.CreateCommunityReport;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateCommunityReportRequest", description = "向社区报到 / Report to a community")
public record CreateCommunityReportRequest(
        @NotNull @Schema(description = "单位报到 ORGANIZATION 或 党员报到 MEMBER / Kind", required = true, examples = "MEMBER") ReportKind kind,
        @NotBlank @Size(max = 26) @ValidId @Schema(description = "社区 / Community", required = true) String communityId,
        @Size(max = 26) @ValidId @Schema(description = "报到的组织（单位报到必填） / The reporting organization (ORGANIZATION)") String organizationId,
        @Size(max = 26) @ValidId @Schema(description = "报到的党员；党员本人报到时省略 / The member; omitted when members report themselves") String memberId,
        @Size(max = 20) @Schema(description = "共建项目（单位报到） / Co-building agreement items (ORGANIZATION)", examples = "[\"共建党员志愿服务队\",\"每月一次环境整治\"]")
        List<@NotBlank @Size(max = 200) String> agreementItems) {

    public CreateCommunityReport toCommand() {
        return new CreateCommunityReport(kind, communityId, organizationId, memberId, agreementItems);
    }
}
