package cn.partybuilding.activity.rest.dto;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.MyActivity;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.ActivityType;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity", description = "组织生活：党课、主题党日、三会一课等 / An activity: lecture, theme day, meeting")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityView(
        @Schema(description = "编号 / Id", examples = "01JE0Q4M2B8X6N3C5V7Z9K1D2F") String id,
        @Schema(description = "组织 / Organization") String organizationId,
        @Schema(description = "类型 / Type", examples = "THEME_PARTY_DAY") ActivityType type,
        @Schema(description = "标题 / Title", examples = "11月主题党日：重温入党志愿书") String title,
        @Schema(description = "主题 / Topic", examples = "守初心、履誓言、践初心") String topic,
        @Schema(description = "主讲党员 / Speaker (member)") String speakerMemberId,
        @Schema(description = "主讲人 / Speaker's name", examples = "张建国") String speakerName,
        @Schema(description = "地点 / Place", examples = "市财政局党员活动室") String place,
        @Schema(description = "开始 / Start (RFC 3339)", examples = "2026-11-28T14:30:00+08:00") Instant startAt,
        @Schema(description = "结束 / End (RFC 3339)", examples = "2026-11-28T16:30:00+08:00") Instant endAt,
        @Schema(description = "状态 / Status") ActivityStatus status,
        @Schema(description = "会议记录 / Minutes") String minutes,
        @Schema(description = "决议 / Resolutions") String resolutions,
        @Schema(description = "版本 / Version", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "更新时间 / Updated at") Instant updatedAt,
        @Schema(description = "调用者本人的出勤，仅在“我的活动”（mine=true）中给出 / The caller's own attendance, only in \"my activities\" (mine=true)")
        MyAttendanceView myAttendance) {

    public static ActivityView of(Activity a) {
        return of(a, null);
    }

    /** An item of "my activities": the activity with the caller's own attendance beside it. */
    public static ActivityView of(MyActivity mine) {
        return of(mine.activity(), MyAttendanceView.of(mine.attendance()));
    }

    private static ActivityView of(Activity a, MyAttendanceView myAttendance) {
        return new ActivityView(a.id, a.organizationId, a.type, a.title, a.topic, a.speakerMemberId, a.speakerName,
                a.place, a.startAt, a.endAt, a.status, a.minutes, a.resolutions, a.version, a.createdAt, a.updatedAt,
                myAttendance);
    }
}
