package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.DutyReport;
import cn.partybuilding.assessment.domain.DutyReportStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DutyReport", description = "述职评议：书记抓基层党建工作述职及评议组 / A secretary's duty report and its panel")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DutyReportView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "述职的党组织 / The reporting organization") String organizationId,
        @Schema(description = "党组织名称 / The organization's name", examples = "市发展和改革委员会机关第一党支部") String organizationName,
        @Schema(description = "述职书记的党员编号 / The secretary's member id") String reporterMemberId,
        @Schema(description = "述职书记姓名 / The secretary's name", examples = "张建国") String reporterName,
        @Schema(description = "年度 / Year", examples = "2025") int year,
        @Schema(description = "述职期间 / Period", examples = "2025年度") String period,
        @Schema(description = "标题 / Title") String title,
        @Schema(description = "述职报告正文 / The report") String text,
        @Schema(description = "评议组成员 / The panel's member ids") List<String> panelMemberIds,
        @Schema(description = "状态 / Status") DutyReportStatus status,
        @Schema(description = "投票开始时间 / Voting opened at") Instant votingOpenedAt,
        @Schema(description = "投票结束时间 / Voting closed at") Instant closedAt,
        @Schema(description = "版本（ETag） / Version (the ETag)", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "修改时间 / Updated at") Instant updatedAt) {

    public static DutyReportView of(DutyReport r) {
        return new DutyReportView(r.id, r.organizationId, r.organizationName, r.reporterMemberId, r.reporterName, r.year, r.period,
                r.title, r.text, List.copyOf(r.panel), r.status, r.votingOpenedAt, r.closedAt, r.version, r.createdAt, r.updatedAt);
    }
}
