package cn.partybuilding.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TaskStatusTest {

    @Test
    void movesForwardOrIsCancelledAndDoneAndCancelledAreFinal() {
        assertTrue(TaskStatus.ASSIGNED.canBecome(TaskStatus.IN_PROGRESS));
        assertTrue(TaskStatus.IN_PROGRESS.canBecome(TaskStatus.DONE));
        assertTrue(TaskStatus.IN_PROGRESS.canBecome(TaskStatus.CANCELLED));
        assertFalse(TaskStatus.IN_PROGRESS.canBecome(TaskStatus.ASSIGNED));
        for (TaskStatus next : TaskStatus.values()) {
            assertFalse(TaskStatus.DONE.canBecome(next), "done: " + next);
            assertFalse(TaskStatus.CANCELLED.canBecome(next), "cancelled: " + next);
        }
    }

    @Test
    void overdueMeansUnfinishedAndPastTheDeadline() {
        DutyTask task = new DutyTask();
        task.status = TaskStatus.IN_PROGRESS;
        task.deadline = LocalDate.of(2026, 6, 30);
        assertFalse(task.overdue(LocalDate.of(2026, 6, 30)));
        assertTrue(task.overdue(LocalDate.of(2026, 7, 1)));
        task.status = TaskStatus.CANCELLED;
        assertFalse(task.overdue(LocalDate.of(2026, 7, 1)));
    }
}
