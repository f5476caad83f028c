package cn.partybuilding.assessment.rest.dto;

import cn.partybuilding.assessment.domain.DutyTask;
import cn.partybuilding.assessment.domain.ResponsiblePost;
import cn.partybuilding.assessment.domain.TaskProgress;
import cn.partybuilding.assessment.domain.TaskStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Task", description = "责任清单任务 / A responsibility-list task")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskView(
        @Schema(description = "编号 / Id") String id,
        @Schema(description = "下达组织 / Assigner") String assignerOrganizationId,
        @Schema(description = "承接组织 / Assignee") String assigneeOrganizationId,
        @Schema(description = "承接组织名称 / The assignee's name") String assigneeOrganizationName,
        @Schema(description = "任务 / Title") String title,
        @Schema(description = "说明 / Description") String description,
        @Schema(description = "完成时限 / Deadline") LocalDate deadline,
        @Schema(description = "责任岗位 / Responsible post") ResponsiblePost responsiblePost,
        @Schema(description = "考核指标 / Assessment indicator") String indicatorId,
        @Schema(description = "状态 / Status") TaskStatus status,
        @Schema(description = "完成百分比 / Percent done") Integer percentDone,
        @Schema(description = "已逾期：未完成、未取消且时限早于今天（北京时间） / Overdue: neither done nor cancelled, deadline before today (China time)") boolean overdue,
        @Schema(description = "进展记录（仅单个读取时） / Progress notes (on a single read only)") List<Progress> progress,
        @Schema(description = "版本（ETag） / Version (the ETag)", examples = "0") long version,
        @Schema(description = "创建时间 / Created at") Instant createdAt,
        @Schema(description = "修改时间 / Updated at") Instant updatedAt) {

    @Schema(name = "TaskProgress", description = "一条进展 / One progress note")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Progress(@Schema(description = "进展 / Text") String text,
                           @Schema(description = "百分比 / Percent") Integer percent,
                           @Schema(description = "时间 / When") Instant recordedAt) {
    }

    public static TaskView of(DutyTask t, LocalDate today, List<TaskProgress> progress) {
        return new TaskView(t.id, t.assignerOrganizationId, t.assigneeOrganizationId, t.assigneeOrganizationName, t.title, t.description,
                t.deadline, t.responsiblePost, t.indicatorId, t.status, t.percentDone, t.overdue(today),
                progress == null ? null : progress.stream().map(p -> new Progress(p.note, p.percentDone, p.recordedAt)).toList(),
                t.version, t.createdAt, t.updatedAt);
    }
}
