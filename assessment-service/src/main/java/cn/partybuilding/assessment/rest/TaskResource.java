package cn.partybuilding.assessment.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.assessment.domain.DutyTask;
import cn.partybuilding.assessment.domain.TaskProgress;
import cn.partybuilding.assessment.domain.TaskStatus;
import cn.partybuilding.assessment.rest.dto.CreateTaskRequest;
import cn.partybuilding.assessment.rest.dto.TaskProgressRequest;
import cn.partybuilding.assessment.rest.dto.TaskView;
import cn.partybuilding.assessment.rest.dto.UpdateTaskRequest;
import cn.partybuilding.assessment.service.TaskService;
import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import cn.partybuilding.common.time.ChinaTime;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/tasks")
@Tag(name = "Tasks", description = "责任清单/任务清单：上级组织向下级下达任务，跟踪进展与逾期 / Responsibility lists: tasks assigned down the tree, progress and overdue items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class TaskResource {

    private static final String PROBLEM = "Problem";
    private static final String CONFLICT = "任务已完成或已取消，或状态变更不允许 / Done or cancelled, or the transition is not allowed";
    private static final String BAD_ORGANIZATION = "organizationId 不存在或不在可见范围内 / organizationId not found or outside the caller's subtree";

    @Inject
    TaskService tasks;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "createTask", summary = "下达任务 / Assign a task",
            description = "下达组织（默认令牌的组织）向其下级组织下达任务；承接组织不在下达组织的子树内或为其自身时 422 ASSIGNEE_OUTSIDE_SUBTREE。新建时为 ASSIGNED。"
                    + " / The assigning organization (the token's by default) gives a task to an organization below it; an assignee outside its subtree, or the assigner itself, is 422 ASSIGNEE_OUTSIDE_SUBTREE. It starts ASSIGNED.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateTaskRequest.class),
            examples = @ExampleObject(name = "党员教育培训 / training", value = DutyExamples.CREATE_TASK)))
    @APIResponse(responseCode = "201", description = "已下达 / Assigned", content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "422", description = "组织不存在、不在范围内，或承接组织不是下级 / Organization not found, outside the scope, or the assignee not below the assigner",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response create(@NotNull @Valid CreateTaskRequest request) {
        DutyTask task = tasks.create(request.toCommand());
        return Responses.created(uriInfo, task.id, TaskView.of(task, ChinaTime.today(), null), task.version);
    }

    @GET
    @Operation(operationId = "listTasks", summary = "查询任务 / List tasks",
            description = "承接组织在本组织及下级（或 organizationId 子树）内的任务。 / Tasks whose assignee is in the caller's subtree (or organizationId's).")
    @APIResponse(responseCode = "200", description = "一页任务 / A page of tasks", content = @Content(schema = @Schema(implementation = TaskPage.class)))
    @APIResponse(responseCode = "422", description = BAD_ORGANIZATION, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Page<TaskView> list(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及下级 / This organization's subtree") String organizationId,
            @QueryParam("status") @Parameter(description = "状态 / Status") TaskStatus status,
            @Valid @BeanParam PageParams page) {
        var today = ChinaTime.today();
        return tasks.list(organizationId, status, page).map(t -> TaskView.of(t, today, null));
    }

    @GET
    @Path("/overdue")
    @Operation(operationId = "listOverdueTasks", summary = "逾期任务 / Overdue tasks",
            description = "子树内未完成、未取消且时限早于今天（北京时间）的任务，按时限排序。 / The subtree's tasks neither done nor cancelled whose deadline is before today (China time), by deadline.")
    @APIResponse(responseCode = "200", description = "一页逾期任务 / A page of overdue tasks", content = @Content(schema = @Schema(implementation = TaskPage.class)))
    @APIResponse(responseCode = "422", description = BAD_ORGANIZATION, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Page<TaskView> overdue(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及下级 / This organization's subtree") String organizationId,
            @Valid @BeanParam PageParams page) {
        var today = ChinaTime.today();
        return tasks.overdue(organizationId, page).map(t -> TaskView.of(t, today, null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTask", summary = "读取任务 / Get a task", description = "含进展记录。 / With its progress notes.")
    @APIResponse(responseCode = "200", description = "任务 / The task", content = @Content(schema = @Schema(implementation = TaskView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        DutyTask task = tasks.get(id);
        return Responses.ok(view(task, tasks.progress(task)), task.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "updateTask", summary = "修改任务或变更状态 / Update a task or move its status",
            description = "须带 If-Match。下达组织可改内容或取消（CANCELLED）；承接组织开始（IN_PROGRESS）或完成（DONE）。已完成或已取消的任务 409。"
                    + " / Needs If-Match. The assigner changes the content or cancels (CANCELLED); the assignee starts (IN_PROGRESS) or completes (DONE). A done or cancelled task is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateTaskRequest.class),
            examples = {@ExampleObject(name = "开始 / start", value = DutyExamples.START_TASK),
                        @ExampleObject(name = "取消 / cancel", value = DutyExamples.CANCEL_TASK)}))
    @APIResponse(responseCode = "200", description = "修改后的任务 / The updated task", content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "428", description = "缺少 If-Match / If-Match required", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateTaskRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        DutyTask task = tasks.update(id, ifMatch, request.toCommand());
        return Responses.ok(view(task, null), task.version);
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "addTaskProgress", summary = "报告任务进展 / Report progress",
            description = "承接组织追加一条进展（可带完成百分比）；ASSIGNED 的任务随之变为 IN_PROGRESS。带 If-Match 时检查版本。"
                    + " / The assignee appends a progress note (with an optional percentage); an ASSIGNED task becomes IN_PROGRESS. If-Match, when sent, is checked.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskProgressRequest.class),
            examples = @ExampleObject(name = "过半 / halfway", value = DutyExamples.TASK_PROGRESS)))
    @APIResponse(responseCode = "201", description = "已记录，任务及其进展 / Recorded; the task with its progress",
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response addProgress(@PathParam("id") @ValidId String id, @NotNull @Valid TaskProgressRequest request,
                                @HeaderParam("If-Match") String ifMatch) {
        DutyTask task = tasks.addProgress(id, ifMatch, request.text(), request.percent());
        return Response.status(Response.Status.CREATED).tag(Versions.etag(task.version)).entity(view(task, tasks.progress(task))).build();
    }

    private static TaskView view(DutyTask task, List<TaskProgress> progress) {
        return TaskView.of(task, ChinaTime.today(), progress);
    }

    @Schema(name = "TaskPage", description = "一页任务 / A page of tasks")
    public record TaskPage(List<TaskView> items,
                           @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
