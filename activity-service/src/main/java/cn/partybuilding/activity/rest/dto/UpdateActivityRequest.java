package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.service.UpdateActivity;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "修改活动、记录会议记录与决议、变更状态 / Update an activity, record minutes and resolutions, move its status")
public record UpdateActivityRequest(
        @Size(min = 1, max = 200) @Schema(description = "标题 / Title") String title,
        @Size(max = 500) @Schema(description = "主题 / Topic") String topic,
        @Size(max = 50) @Schema(description = "主讲人 / Speaker") String speakerName,
        @Size(max = 200) @Schema(description = "地点 / Place") String place,
        @Schema(description = "开始 / Start") OffsetDateTime startAt,
        @Schema(description = "结束 / End") OffsetDateTime endAt,
        @Size(max = 20000) @Schema(description = "会议记录 / Minutes", examples = "应到12人，实到11人，请假1人。") String minutes,
        @Size(max = 20000) @Schema(description = "决议 / Resolutions", examples = "同意李晓梅同志按期转为正式党员。") String resolutions,
        @Schema(description = "新状态 / New status", examples = "COMPLETED") ActivityStatus status) {

    public UpdateActivity toCommand() {
        return new UpdateActivity(title, topic, speakerName, place, startAt == null ? null : startAt.toInstant(),
                endAt == null ? null : endAt.toInstant(), minutes, resolutions, status);
    }
}
