package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.RecordStatus;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerRecord", description = "志愿服务记录，社区确认后计入 / Volunteer service, counted once the community confirms")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "党员 / Member") String memberId,
        @Schema(description = "党员姓名 / Member name", examples = "李明") String memberName,
        @Schema(description = "所在组织 / Organization") String organizationId,
        @Schema(description = "组织名称 / Organization name") String organizationName,
        @Schema(description = "社区 / Community") String communityId,
        @Schema(description = "社区名称 / The community's name", examples = "香港中路街道八大湖社区") String communityName,
        @Schema(description = "服务岗 / Post") String postId,
        @Schema(description = "微心愿 / Wish") String wishId,
        @Schema(description = "开始 / Start") Instant startAt,
        @Schema(description = "结束 / End") Instant endAt,
        @Schema(description = "服务日期（北京时间） / Service date (CST)", examples = "2026-11-21") LocalDate serviceDate,
        @Schema(description = "服务时长（小时，一位小数；不含往返交通时间） / Hours served, one decimal, without travel", examples = "2.5") BigDecimal hours,
        @Schema(description = "服务内容 / What was done") String description,
        @Schema(description = "状态 / Status") RecordStatus status,
        @Schema(description = "驳回理由 / Rejection reason") String rejectionReason,
        @Schema(description = "处理时间 / Decided at") Instant decidedAt,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "登记时间 / Recorded at") Instant createdAt) {

    public static RecordView of(VolunteerRecord r) {
        return new RecordView(r.id, r.memberId, r.memberName, r.organizationId, r.organizationName, r.communityId, r.communityName, r.postId,
                r.wishId, r.startAt, r.endAt, r.serviceDate, r.hours, r.description, r.status, r.rejectionReason, r.decidedAt,
                r.version, r.createdAt);
    }
}
