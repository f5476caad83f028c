package cn.partybuilding.assessment.repository;

import cn.partybuilding.assessment.domain.DutyTask;
import cn.partybuilding.assessment.domain.TaskProgress;
import cn.partybuilding.assessment.domain.TaskStatus;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<DutyTask, String> {

    /** Tasks whose assignee is in the subtree (null: everywhere), by status; by id. */
    public List<DutyTask> page(String subtreePath, TaskStatus status, String afterId, int limit) {
        Where where = new Where()
                .and("t.assigneeOrganizationPath like :subtree", "subtree", subtreePath == null ? null : subtreePath + "%")
                .and("t.status = :status", "status", status)
                .and("t.id > :after", "after", afterId);
        return find("from DutyTask t where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    /**
     * The overdue tasks of the subtree: neither DONE nor CANCELLED, deadline before {@code today}; by
     * deadline, then id. {@code after} is the last (deadline, id) of the previous page.
     */
    public List<DutyTask> overdue(String subtreePath, LocalDate today, LocalDate afterDeadline, String afterId, int limit) {
        Where where = new Where()
                .and("t.assigneeOrganizationPath like :subtree", "subtree", subtreePath == null ? null : subtreePath + "%")
                .and("t.status in :open", "open", List.of(TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS))
                .and("t.deadline < :today", "today", today);
        if (afterDeadline != null) {
            where.and("(t.deadline > :afterDeadline or (t.deadline = :afterDeadline2 and t.id > :afterId))",
                    java.util.Map.of("afterDeadline", afterDeadline, "afterDeadline2", afterDeadline, "afterId", afterId));
        }
        return find("from DutyTask t where " + where.jpql(), Sort.by("deadline").and("id"), where.parameters()).page(0, limit + 1).list();
    }

    public Optional<DutyTask> lockById(String id) {
        return RowLocks.lock(getEntityManager(), DutyTask.class, id);
    }

    public void addProgress(TaskProgress progress) {
        getEntityManager().persist(progress);
    }

    public List<TaskProgress> progress(String taskId) {
        return getEntityManager().createQuery("from TaskProgress p where p.taskId = :id order by p.id", TaskProgress.class)
                .setParameter("id", taskId).getResultList();
    }
}
