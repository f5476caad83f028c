package cn.partybuilding.activity.rest;

import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.CheckInCode;
import cn.partybuilding.activity.rest.dto.ActivityView;
import cn.partybuilding.activity.rest.dto.AskLeaveRequest;
import cn.partybuilding.activity.rest.dto.AttendanceView;
import cn.partybuilding.activity.rest.dto.CheckInCodeView;
import cn.partybuilding.activity.rest.dto.CheckInRequest;
import cn.partybuilding.activity.rest.dto.CheckInView;
import cn.partybuilding.activity.rest.dto.CreateActivityRequest;
import cn.partybuilding.activity.rest.dto.DecideLeaveRequest;
import cn.partybuilding.activity.rest.dto.LeaveRequestView;
import cn.partybuilding.activity.rest.dto.RecordAttendanceRequest;
import cn.partybuilding.activity.rest.dto.UpdateActivityRequest;
import cn.partybuilding.activity.service.ActivityService;
import cn.partybuilding.activity.service.AttendanceService;
import cn.partybuilding.activity.service.ListActivities;
import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.http.Sunset;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.Problem;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/activities")
@Tag(name = "Activities", description = "党课、主题党日、三会一课：计划、出勤、扫码签到、请假 / Activities, attendance, QR check-in, leave")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ActivityResource {


    @Inject
    ActivityService activityService;

    @Inject
    AttendanceService attendanceService;

    @Inject
    QrCodes qrCodes;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ACTIVITIES_WRITE})
    @Operation(operationId = "createActivity", summary = "计划活动 / Plan an activity",
            description = "为组织计划一次活动；应到党员默认为该组织（含党小组）全体党员，从 branch-service 读取。branch-service 不可用时返回 503，且不写入任何数据。"
                    + " / Plans an activity; the expected attendees default to the organization's members, read from branch-service. "
                    + "When branch-service is unavailable the answer is 503 and nothing is written.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateActivityRequest.class),
            examples = @ExampleObject(name = "主题党日 / theme party day", value = """
                    {"organizationId":"01JDZ9Y4K3M8Q2W6E5R7T1V0XA","type":"THEME_PARTY_DAY","title":"11月主题党日：重温入党志愿书",
                     "topic":"守初心、履誓言、践初心","speakerName":"张建国","place":"市财政局党员活动室",
                     "startAt":"2026-11-28T14:30:00+08:00","endAt":"2026-11-28T16:30:00+08:00"}""")))
    @APIResponse(responseCode = "201", description = "已计划 / Planned", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "422", description = "组织不存在或不在范围内 / Organization not found", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用 / branch-service unavailable", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateActivityRequest request) {
        Activity activity = activityService.create(request.toCommand());
        return Responses.created(uriInfo, activity.id, ActivityView.of(activity), activity.version);
    }

    @GET
    @Operation(operationId = "listActivities", summary = "查询活动 / List activities",
            description = "按组织下级树、类型、状态、时间段筛选，按编号（创建先后）排列。mine=true 时为“我的活动”：只列出调用者应参加的活动，"
                    + "按开始时间升序（最早的在前，同时开始的按编号），每项带调用者本人的出勤 myAttendance（status、checkedInAt）；"
                    + "手机端“即将开始”传 from=当天日期（如 2026-11-28）。from/to 也可只给日期（中国时间）：from 为当天零点，to 含当天。"
                    + " / Filtered by organization subtree, type, status and period, in id (creation) order. mine=true is \"my activities\": "
                    + "only those the caller is expected at, by start time ascending (the earliest first, ties by id), each with the caller's "
                    + "own attendance in myAttendance (status, checkedInAt); a phone's \"upcoming\" list passes from=<today> (e.g. 2026-11-28). "
                    + "from/to also take a plain date (China time): from is the start of that day, to includes that day.")
    @APIResponse(responseCode = "200", description = "一页活动 / A page of activities", content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    @APIResponse(responseCode = "422", description = "筛选的组织不存在或不在范围内 / The organization filtered by was not found or is outside the caller's subtree (ORGANIZATION_NOT_FOUND)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Page<ActivityView> list(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及其下级 / This organization's subtree") String organizationId,
            @QueryParam("type") @Parameter(description = "类型 / Type") ActivityType type,
            @QueryParam("status") @Parameter(description = "状态 / Status") ActivityStatus status,
            @QueryParam("from") @Parameter(description = "开始时间不早于 / Starting at or after") OffsetDateTime from,
            @QueryParam("to") @Parameter(description = "开始时间早于 / Starting before") OffsetDateTime to,
            @QueryParam("mine") @Parameter(description = "我的活动 / Only the caller's activities") Boolean mine,
            @Valid @BeanParam PageParams page) {
        boolean onlyMine = Boolean.TRUE.equals(mine);
        ListActivities query = new ListActivities(organizationId, type, status,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant(), onlyMine);
        if (onlyMine) {
            return activityService.mine(query, page).map(ActivityView::of);
        }
        return activityService.list(query, page).map(ActivityView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActivity", summary = "读取活动 / Get an activity", description = "不需要 branch-service 可用。 / Works while branch-service is down.")
    @APIResponse(responseCode = "200", description = "活动 / The activity", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        Activity activity = activityService.get(id);
        return Responses.ok(ActivityView.of(activity), activity.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ACTIVITIES_WRITE})
    @Operation(operationId = "updateActivity", summary = "修改活动或变更状态 / Update an activity or move its status",
            description = "状态只能 PLANNED→IN_PROGRESS→COMPLETED，或取消（CANCELLED）；其他变更返回 409。会后可填写会议记录与决议。"
                    + " / Status moves PLANNED→IN_PROGRESS→COMPLETED or to CANCELLED; anything else is 409. Minutes and resolutions are recorded afterwards.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateActivityRequest.class),
            examples = @ExampleObject(name = "完成 / complete", value = "{\"status\":\"COMPLETED\",\"minutes\":\"应到12人，实到11人，请假1人。\"}")))
    @APIResponse(responseCode = "200", description = "修改后的活动 / The updated activity", content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateActivityRequest request, @HeaderParam("If-Match") String ifMatch) {
        Activity activity = activityService.update(id, request.toCommand(), ifMatch);
        return Responses.ok(ActivityView.of(activity), activity.version);
    }

    @GET
    @Path("/{id}/attendance")
    @Operation(operationId = "listAttendance", summary = "出勤情况 / Attendance", description = "每名应到党员的出勤与本次活动的出勤率。 / Each expected member's attendance and the activity's attendance rate.")
    @APIResponse(responseCode = "200", description = "出勤 / Attendance", content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    public AttendanceView attendance(@PathParam("id") @ValidId String id) {
        return AttendanceView.of(attendanceService.attendance(id));
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ACTIVITIES_WRITE})
    @Operation(operationId = "recordAttendance", summary = "登记或更正出勤 / Record attendance", description = "书记批量登记或更正应到党员的出勤。 / The secretary records or corrects attendance in bulk.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordAttendanceRequest.class),
            examples = @ExampleObject(name = "登记 / record", value = "{\"records\":[{\"memberId\":\"01JDZA3QW5X8N4B2C7D9E1F0GH\",\"status\":\"PRESENT\"}]}")))
    @APIResponse(responseCode = "200", description = "登记后的出勤 / Attendance after recording", content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    public AttendanceView record(@PathParam("id") @ValidId String id, @NotNull @Valid RecordAttendanceRequest request) {
        return AttendanceView.of(attendanceService.record(id, request.toCommand()));
    }

    @GET
    @Path("/{id}/check-in-code")
    @Produces({MediaType.APPLICATION_JSON, "image/png"})
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY})
    @Operation(operationId = "getCheckInCode", summary = "签到码 / Check-in code",
            description = "组织者取得短时有效的签名签到码：JSON，或 Accept: image/png 时为二维码图片。"
                    + "二维码内容是 JSON 文本 {\"activityId\",\"code\",\"expiresAt\"}（见 CheckInPayload，JSON 答复的 qrPayload 与之相同）："
                    + "App 从中读出活动编号，把扫到的整段文本或其中的 code 提交到 POST /v1/activities/{activityId}/check-ins。"
                    + "图片答复以 Expires 与 X-Code-Expires-At 头给出过期时间，且不缓存（Cache-Control: no-store）。"
                    + " / A short-lived signed code for the organizer: JSON, or a QR image with Accept: image/png. "
                    + "The QR image holds JSON text {\"activityId\",\"code\",\"expiresAt\"} (see CheckInPayload; the JSON answer's "
                    + "qrPayload is the same text): the app reads the activity id from it and posts the scanned text, or its code, "
                    + "to POST /v1/activities/{activityId}/check-ins. The image answer says when it expires in Expires and "
                    + "X-Code-Expires-At, and is never cached (Cache-Control: no-store).")
    @APIResponse(responseCode = "200", description = "签到码 / The code",
            headers = {@Header(name = "Expires", description = "过期时间（HTTP 日期） / When the code expires (HTTP-date)", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "X-Code-Expires-At", description = "过期时间（RFC 3339） / When the code expires (RFC 3339)", schema = @Schema(type = SchemaType.STRING))},
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInCodeView.class)),
                       @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "409", description = "活动已结束 / The activity is closed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response checkInCode(@PathParam("id") @ValidId String id, @HeaderParam("Accept") String accept) {
        CheckInCode code = attendanceService.checkInCode(id);
        String payload = qrCodes.payload(id, code);
        Response.ResponseBuilder answer = accept != null && accept.contains("image/png")
                ? Response.ok(qrCodes.png(payload), "image/png")
                : Response.ok(CheckInCodeView.of(code, payload));
        return answer.header("Cache-Control", "no-store")
                .expires(Date.from(code.expiresAt()))
                .header("X-Code-Expires-At", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(code.expiresAt().atZone(ChinaTime.ZONE)))
                .build();
    }

    @POST
    @Path("/{id}/check-ins")
    @RolesAllowed({Role.MEMBER, Role.SECRETARY})
    @Operation(operationId = "checkIn", summary = "扫码签到 / Check in",
            description = "党员提交扫到的二维码文本（JSON）或其中的签到码；开始时间加宽限期之后为迟到。重复或并发扫码只保留首次签到。"
                    + " / A member posts the scanned QR text (JSON) or the code in it; after the start plus the grace period it counts as late. "
                    + "Repeated or concurrent scans keep the first check-in.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInRequest.class),
            examples = @ExampleObject(name = "签到 / check in", value = "{\"code\":\"01JE0Q4M2B8X6N3C5V7Z9K1D2F.1795852800.k3Jx0aQm9cV2nB7dT1pL4w\"}")))
    @APIResponse(responseCode = "200", description = "签到结果 / The check-in", content = @Content(schema = @Schema(implementation = CheckInView.class)))
    @APIResponse(responseCode = "410", description = "签到码已过期 / The code expired", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public CheckInView checkIn(@PathParam("id") @ValidId String id, @NotNull @Valid CheckInRequest request) {
        return CheckInView.of(attendanceService.checkIn(id, qrCodes.codeIn(request.code())));
    }

    @POST
    @Path("/{id}/leave-requests")
    @RolesAllowed({Role.MEMBER, Role.SECRETARY})
    @Operation(operationId = "askLeave", summary = "请假 / Ask for leave",
            description = "应到党员在活动开始前为本次活动请假，每人一次。活动开始后不能再请假（409 LEAVE_AFTER_START），由书记在出勤登记中记录缺席或请假。"
                    + " / An expected member asks for leave before the activity starts, once per activity. After the start a request is refused "
                    + "(409 LEAVE_AFTER_START): the secretary records the absence or the leave in the attendance register instead.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AskLeaveRequest.class),
            examples = @ExampleObject(name = "请假 / leave", value = "{\"reason\":\"外出公务\"}")))
    @APIResponse(responseCode = "201", description = "已提交 / Submitted", content = @Content(schema = @Schema(implementation = LeaveRequestView.class)))
    @APIResponse(responseCode = "409", description = "活动已开始或已结束、不是应到人员或已请过假 / The activity has started or ended, "
            + "the caller is not expected, or already asked (LEAVE_AFTER_START, ACTIVITY_FINAL, NOT_AN_ATTENDEE, LEAVE_REQUEST_EXISTS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response askLeave(@PathParam("id") @ValidId String id, @NotNull @Valid AskLeaveRequest request) {
        LeaveRequestView view = LeaveRequestView.of(attendanceService.askLeave(id, request.reason()));
        return Responses.created(uriInfo, view.id(), view, view.version());
    }

    @GET
    @Path("/{id}/leave-requests")
    @Deprecated
    @Sunset(deprecated = "2026-12-02", date = "2027-06-30", successor = "/v1/leave-requests")
    @Operation(operationId = "listLeaveRequests", summary = "请假申请（已弃用） / Leave requests (deprecated)", description = "本次活动的请假申请：书记、组织管理员看到全部，党员只看到本人的。"
                    + "已弃用：不分页；请改用 GET /v1/leave-requests?activityId=（分页）。2027-06-30 之后可能在 /v2 中移除。"
                    + " / The activity's leave requests: all of them for secretaries and organization admins, a member's own for a member. "
                    + "Deprecated: unpaged; use GET /v1/leave-requests?activityId= (paged). It may go in /v2 after 2027-06-30.")
    @APIResponse(responseCode = "200", description = "请假申请 / Leave requests",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = LeaveRequestView.class)))
    public List<LeaveRequestView> leaveRequests(@PathParam("id") @ValidId String id) {
        return attendanceService.leaveRequests(id).stream().map(LeaveRequestView::of).toList();
    }

    @PATCH
    @Path("/{id}/leave-requests/{requestId}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ACTIVITIES_WRITE})
    @Operation(operationId = "decideLeaveRequest", summary = "审批请假 / Decide a leave request", description = "批准后该党员出勤为 ON_LEAVE。 / Approval makes the member's attendance ON_LEAVE.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecideLeaveRequest.class),
            examples = @ExampleObject(name = "批准 / approve", value = "{\"status\":\"APPROVED\"}")))
    @APIResponse(responseCode = "200", description = "审批后的申请 / The decided request", content = @Content(schema = @Schema(implementation = LeaveRequestView.class)))
    public LeaveRequestView decide(@PathParam("id") @ValidId String id, @PathParam("requestId") @ValidId String requestId,
                                   @NotNull @Valid DecideLeaveRequest request) {
        return LeaveRequestView.of(attendanceService.decide(id, requestId, request.status()));
    }

    @Schema(name = "ActivityPage", description = "一页活动 / A page of activities")
    public record ActivityPage(List<ActivityView> items,
                               @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
