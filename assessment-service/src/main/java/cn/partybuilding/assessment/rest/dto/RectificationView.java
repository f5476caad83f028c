package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.Rectification;
import cn.partybuilding.assessment.domain.RectificationReview;
import cn.partybuilding.assessment.domain.RectificationStatus;
import cn.partybuilding.assessment.domain.ReviewResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rectification", description = "整改事项 / A rectification item")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RectificationView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "来源述职评议 / The duty report it was raised at") String dutyReportId,
        @Schema(description = "整改的党组织 / The organization") String organizationId,
        @Schema(description = "党组织名称 / The organization's name") String organizationName,
        @Schema(description = "问题 / The problem") String problem,
        @Schema(description = "整改措施 / Measures") String measures,
        @Schema(description = "责任人 / Owner") String ownerName,
        @Schema(description = "责任人职务 / Owner's post") String ownerPost,
        @Schema(description = "整改时限 / Deadline") LocalDate deadline,
        @Schema(description = "状态 / Status") RectificationStatus status,
        @Schema(description = "已逾期：未整改完成且时限早于今天（北京时间） / Overdue: OPEN with a deadline before today (China time)") boolean overdue,
        @Schema(description = "整改情况说明 / What was done") String rectifiedNote,
        @Schema(description = "报告完成时间 / Reported done at") Instant rectifiedAt,
        @Schema(description = "销号时间 / Closed at") Instant closedAt,
        @Schema(description = "回头看记录（仅单个读取时） / The reviews (on a single read only)") List<Review> reviews,
        @Schema(description = "版本（ETag） / Version (the ETag)", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "修改时间 / Updated at") Instant updatedAt) {

    @Schema(name = "RectificationReview", description = "一次回头看 / One review")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(@Schema(description = "结果 / Result") ReviewResult result,
                         @Schema(description = "意见 / Note") String note,
                         @Schema(description = "新时限 / New deadline") LocalDate newDeadline,
                         @Schema(description = "审核组织 / Reviewing organization") String reviewerOrganizationId,
                         @Schema(description = "时间 / When") Instant reviewedAt) {
    }

    public static RectificationView of(Rectification r, LocalDate today, List<RectificationReview> reviews) {
        return new RectificationView(r.id, r.dutyReportId, r.organizationId, r.organizationName, r.problem, r.measures, r.ownerName,
                r.ownerPost, r.deadline, r.status, r.overdue(today), r.rectifiedNote, r.rectifiedAt, r.closedAt,
                reviews == null ? null : reviews.stream().map(v -> new Review(v.result, v.note, v.newDeadline, v.reviewerOrganizationId, v.reviewedAt)).toList(),
                r.version, r.createdAt, r.updatedAt);
    }
}
