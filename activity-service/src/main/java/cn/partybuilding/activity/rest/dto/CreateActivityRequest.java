package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.service.CreateActivity;
import cn.partybuilding.common.id.ValidId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "计划一次活动 / Plan an activity")
public record CreateActivityRequest(
        @NotBlank @Size(max = 26) @ValidId @Schema(description = "组织 / Organization", required = true) String organizationId,
        @NotNull @Schema(description = "类型 / Type", required = true, examples = "THEME_PARTY_DAY") ActivityType type,
        @NotBlank @Size(max = 200) @Schema(description = "标题 / Title", required = true, examples = "11月主题党日：重温入党志愿书") String title,
        @Size(max = 500) @Schema(description = "主题 / Topic", examples = "守初心、履誓言、践初心") String topic,
        @Size(max = 26) @ValidId @Schema(description = "主讲党员编号 / Speaker's member id") String speakerMemberId,
        @Size(max = 50) @Schema(description = "主讲人姓名 / Speaker's name", examples = "张建国") String speakerName,
        @Size(max = 200) @Schema(description = "地点 / Place", examples = "市财政局党员活动室") String place,
        @NotNull @Schema(description = "开始 / Start", required = true, examples = "2026-11-28T14:30:00+08:00") OffsetDateTime startAt,
        @NotNull @Schema(description = "结束 / End", required = true, examples = "2026-11-28T16:30:00+08:00") OffsetDateTime endAt,
        @Size(max = 500) @Schema(description = "应到党员；省略或为空则为该组织全体党员（从 branch-service 读取） / Expected attendees; omitted or empty, the organization's members")
        List<@NotBlank @Size(max = 26) @ValidId String> expectedMemberIds) {

    public CreateActivity toCommand() {
        return new CreateActivity(organizationId, type, title, topic, speakerMemberId, speakerName, place,
                startAt.toInstant(), endAt.toInstant(),
                // generated clients send an empty list for a field left unset: it means "not given", not "nobody"
                expectedMemberIds == null || expectedMemberIds.isEmpty() ? null : expectedMemberIds);
    }
}
