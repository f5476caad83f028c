package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.CommunityReport;
import cn.partybuilding.volunteer.domain.ReportKind;
import cn.partybuilding.volunteer.domain.ReportStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommunityReport", description = "双报到：组织或党员向社区报到 / An organization's or member's report to a community")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "类型 / Kind") ReportKind kind,
        @Schema(description = "社区 / Community") String communityId,
        @Schema(description = "组织 / Organization") String organizationId,
        @Schema(description = "组织名称 / Organization name", examples = "市财政局机关第一党支部") String organizationName,
        @Schema(description = "党员（党员报到） / Member (MEMBER)") String memberId,
        @Schema(description = "党员姓名 / Member name", examples = "李明") String memberName,
        @Schema(description = "共建项目 / Agreement items") List<String> agreementItems,
        @Schema(description = "状态 / Status") ReportStatus status,
        @Schema(description = "报到时间 / Reported at") Instant reportedAt,
        @Schema(description = "结束时间 / Ended at") Instant endedAt,
        @Schema(description = "版本 / Version", examples = "0") long version) {

    public static ReportView of(CommunityReport r) {
        return new ReportView(r.id, r.kind, r.communityId, r.organizationId, r.organizationName, r.memberId, r.memberName,
                r.agreementItems, r.status, r.reportedAt, r.endedAt, r.version);
    }
}
