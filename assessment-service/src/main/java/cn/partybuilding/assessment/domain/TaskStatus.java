package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.Map;
import java.util.Set;

/** A task's stages: ASSIGNED → IN_PROGRESS → DONE; the assigner may cancel it before it is done. DONE and CANCELLED are final. */
@Schema(description = "任务状态 / Task status：ASSIGNED 已交办, IN_PROGRESS 推进中, DONE 已完成, CANCELLED 已撤销")
public enum TaskStatus {
    ASSIGNED, IN_PROGRESS, DONE, CANCELLED;

    private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(
            ASSIGNED, Set.of(IN_PROGRESS, DONE, CANCELLED),
            IN_PROGRESS, Set.of(DONE, CANCELLED),
            DONE, Set.of(),
            CANCELLED, Set.of());

    public boolean canBecome(TaskStatus next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }
}
