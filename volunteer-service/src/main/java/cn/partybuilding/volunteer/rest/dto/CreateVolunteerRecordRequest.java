package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.volunteer.service.CreateVolunteerRecord;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateVolunteerRecordRequest", description = "登记志愿服务 / Record volunteer service")
public record CreateVolunteerRecordRequest(
        @Size(max = 26) @ValidId @Schema(description = "党员；党员本人登记时省略 / The member; omitted when members record their own") String memberId,
        @NotBlank @Size(max = 26) @ValidId @Schema(description = "服务的社区 / Community served", required = true) String communityId,
        @Size(max = 26) @ValidId @Schema(description = "认领的服务岗（可选） / The claimed post, if any") String postId,
        @Size(max = 26) @ValidId @Schema(description = "认领的微心愿（可选） / The claimed wish, if any") String wishId,
        @NotNull @Schema(description = "服务开始 / Service start", required = true, examples = "2026-11-21T09:00:00+08:00") OffsetDateTime startAt,
        @NotNull @Schema(description = "服务结束；不晚于当前时间（只登记已提供的服务） / Service end; not in the future (only service already given is recorded)",
                required = true, examples = "2026-11-21T11:30:00+08:00") OffsetDateTime endAt,
        @NotNull @DecimalMax("24")
        @Schema(description = "服务时长（小时，一位小数）：实际提供志愿服务的时间，不包括往返交通时间，不超过开始至结束的时间 / "
                + "Hours, one decimal: the time actually served, without travel there and back; no more than the time between start and end",
                required = true, examples = "2.5") BigDecimal hours,
        @NotBlank @Size(max = 500) @Schema(description = "服务内容 / What was done", required = true, examples = "协助社区开展独居老人入户走访，登记需求 12 户。") String description) {

    public CreateVolunteerRecord toCommand() {
        return new CreateVolunteerRecord(memberId, communityId, postId, wishId, startAt.toInstant(), endAt.toInstant(), hours,
                description);
    }
}
