package cn.partybuilding.assessment.service;

import cn.partybuilding.assessment.domain.DutyTask;
import cn.partybuilding.assessment.domain.TaskProgress;
import cn.partybuilding.assessment.domain.TaskStatus;
import cn.partybuilding.assessment.repository.TaskRepository;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Cursor;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.time.ChinaTime;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * 责任清单/任务清单: an organization assigns tasks to organizations strictly below it (branch-service
 * gives the paths). The assigner edits and cancels; the assignee reports progress and completes. A
 * DONE or CANCELLED task no longer changes. The overdue view lists a subtree's unfinished tasks past
 * their deadline (China date), by deadline.
 */
@ApplicationScoped
public class TaskService {

    private final TaskRepository tasks;
    private final DutyScope scope;
    private final AuditTrail audit;

    public TaskService(TaskRepository tasks, DutyScope scope, AuditTrail audit) {
        this.tasks = tasks;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public DutyTask create(CreateTask command) {
        String assignerId = command.assignerOrganizationId() != null ? command.assignerOrganizationId() : scope.caller().organizationId();
        if (assignerId == null) {
            throw ProblemException.forField("assignerOrganizationId", CommonError.VALIDATION_FAILED);
        }
        BranchServiceClient.OrganizationRef assigner = scope.writableOrganization(assignerId, "assignerOrganizationId");
        BranchServiceClient.OrganizationRef assignee = scope.writableOrganization(command.assigneeOrganizationId(), "assigneeOrganizationId");
        if (assignee.id().equals(assigner.id()) || !assignee.path().startsWith(assigner.path())) {
            throw ProblemException.forField("assigneeOrganizationId", AssessmentError.ASSIGNEE_OUTSIDE_SUBTREE);
        }
        DutyTask task = new DutyTask();
        task.id = Ulid.next();
        task.assignerOrganizationId = assigner.id();
        task.assignerOrganizationPath = assigner.path();
        task.assigneeOrganizationId = assignee.id();
        task.assigneeOrganizationPath = assignee.path();
        task.assigneeOrganizationName = assignee.name();
        task.title = command.title().trim();
        task.description = command.description();
        task.deadline = command.deadline();
        task.responsiblePost = command.responsiblePost();
        task.indicatorId = command.indicatorId();
        task.status = TaskStatus.ASSIGNED;
        task.createdBy = scope.caller().subject();
        tasks.persist(task);
        tasks.flush();
        audit.created(task.audited(), task.version);
        Log.debugf("task %s assigned by %s to %s", task.id, task.assignerOrganizationId, task.assigneeOrganizationId);
        return task;
    }

    public DutyTask get(String id) {
        DutyTask task = tasks.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        if (!scope.canSee(task.assigneeOrganizationPath)) {
            throw ProblemException.notFound();
        }
        return task;
    }

    public List<TaskProgress> progress(DutyTask task) {
        return tasks.progress(task.id);
    }

    private String subtree(String organizationId) {
        return organizationId == null ? scope.readPath() : scope.visibleOrganization(organizationId, "organizationId").path();
    }

    public Page<DutyTask> list(String organizationId, TaskStatus status, PageParams page) {
        return Page.of(tasks.page(subtree(organizationId), status, page.after(), page.limit), page.limit, t -> t.id, t -> t);
    }

    /** The subtree's tasks neither done nor cancelled whose deadline is before today (China), by deadline. */
    public Page<DutyTask> overdue(String organizationId, PageParams page) {
        String after = Cursor.decode(page.cursor);
        LocalDate afterDeadline = null;
        String afterId = null;
        if (after != null) {
            int bar = after.indexOf('_');
            try {
                afterDeadline = LocalDate.parse(after.substring(0, bar));
                afterId = after.substring(bar + 1);
            } catch (RuntimeException e) {
                throw invalidCursor();
            }
            if (!Ulid.isValid(afterId)) {
                throw invalidCursor();
            }
        }
        return Page.of(tasks.overdue(subtree(organizationId), ChinaTime.today(), afterDeadline, afterId, page.limit), page.limit,
                t -> t.deadline + "_" + t.id, t -> t);
    }

    /** Names the parameter, as the shared keyset cursors do. */
    private static ProblemException invalidCursor() {
        return ProblemException.forField("cursor", CommonError.INVALID_CURSOR);
    }

    /** Under If-Match: the assigner changes the content or cancels; the assignee starts or completes. */
    @Transactional
    public DutyTask update(String id, String ifMatch, UpdateTask command) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(AssessmentError.IF_MATCH_REQUIRED);
        }
        DutyTask task = tasks.lockById(id).orElseThrow(ProblemException::notFound);
        if (!scope.canSee(task.assigneeOrganizationPath)) {
            throw ProblemException.notFound();
        }
        Versions.checkIfMatch(ifMatch, task.version);
        if (task.status.isFinal()) {
            throw new ProblemException(AssessmentError.TASK_FINAL);
        }
        long before = task.version;
        boolean assignerPart = command.changesContent() || command.status() == TaskStatus.CANCELLED;
        boolean assigneePart = command.status() == TaskStatus.IN_PROGRESS || command.status() == TaskStatus.DONE;
        if ((assignerPart && !scope.writesFor(task.assignerOrganizationPath))
                || (assigneePart && !scope.writesFor(task.assigneeOrganizationPath))) {
            throw new ProblemException(CommonError.FORBIDDEN);
        }
        if (command.title() != null) {
            task.title = command.title().trim();
        }
        if (command.description() != null) {
            task.description = command.description();
        }
        if (command.deadline() != null) {
            task.deadline = command.deadline();
        }
        if (command.responsiblePost() != null) {
            task.responsiblePost = command.responsiblePost();
        }
        if (command.status() != null && command.status() != task.status) {
            if (!task.status.canBecome(command.status())) {
                throw new ProblemException(AssessmentError.INVALID_TASK_TRANSITION, task.status, command.status());
            }
            task.status = command.status();
            if (task.status == TaskStatus.DONE) {
                task.percentDone = 100;
            }
        }
        task.updatedAt = StoredTime.now();
        tasks.flush();
        audit.changed(task.audited(), before, task.version);
        return task;
    }

    /** The assignee appends a progress note (and perhaps a percentage); an ASSIGNED task becomes IN_PROGRESS. */
    @Transactional
    public DutyTask addProgress(String id, String ifMatch, String text, Integer percent) {
        DutyTask task = tasks.lockById(id).orElseThrow(ProblemException::notFound);
        scope.requireWriter(task.assigneeOrganizationPath);
        Versions.checkIfMatch(ifMatch, task.version);
        if (task.status.isFinal()) {
            throw new ProblemException(AssessmentError.TASK_FINAL);
        }
        long before = task.version;
        TaskProgress progress = new TaskProgress();
        progress.id = Ulid.next();
        progress.taskId = task.id;
        progress.note = text.trim();
        progress.percentDone = percent;
        progress.recordedBy = scope.caller().subject();
        progress.recordedAt = StoredTime.now();
        tasks.addProgress(progress);
        if (task.status == TaskStatus.ASSIGNED) {
            task.status = TaskStatus.IN_PROGRESS;
        }
        if (percent != null) {
            task.percentDone = percent;
        }
        task.updatedAt = StoredTime.now();
        tasks.flush();
        audit.changed(task.audited(), before, task.version);
        return task;
    }
}
