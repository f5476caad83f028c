package cn.partybuilding.activity.rest;

import cn.partybuilding.activity.rest.dto.LeaveRequestView;
import cn.partybuilding.activity.service.AttendanceService;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leave requests as a collection paged like every other; it replaces the activity's unpaged array. */
@Path("/v1/leave-requests")
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class LeaveRequestResource {

    @Inject
    AttendanceService attendanceService;

    @GET
    @Operation(operationId = "listLeaveRequestsByActivity", summary = "请假申请 / Leave requests",
            description = "一次活动的请假申请，按编号分页：书记、组织管理员看到全部，党员只看到本人的。"
                    + " / An activity's leave requests, paged in id order: all of them for secretaries and organization admins, "
                    + "a member's own for a member.")
    @APIResponse(responseCode = "200", description = "一页请假申请 / A page of leave requests",
            content = @Content(schema = @Schema(implementation = LeaveRequestPage.class)))
    @APIResponse(responseCode = "404", description = "活动不存在或不在调用方范围内 / The activity does not exist or is outside the caller's scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<LeaveRequestView> list(
            @QueryParam("activityId") @NotNull @ValidId @Parameter(description = "活动 / The activity", required = true) String activityId,
            @Valid @BeanParam PageParams page) {
        return attendanceService.leaveRequests(activityId, page).map(LeaveRequestView::of);
    }

    @Schema(name = "LeaveRequestPage", description = "一页请假申请 / A page of leave requests")
    public record LeaveRequestPage(List<LeaveRequestView> items,
                                   @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
