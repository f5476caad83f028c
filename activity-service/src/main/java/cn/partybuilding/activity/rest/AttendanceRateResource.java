package cn.partybuilding.activity.rest;

import cn.partybuilding.activity.rest.dto.MemberAttendanceView;
import cn.partybuilding.activity.service.AttendanceService;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.problem.Problem;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/attendance-rates")
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AttendanceRateResource {

    @Inject
    AttendanceService attendanceService;

    @GET
    @Operation(operationId = "getAttendanceRate", summary = "党员出勤率 / A member's attendance rate",
            description = "一名党员在一段时间内应参加的已完成活动中的出勤率；省略 memberId 时为调用者本人（党员令牌，“我的出勤”）。只统计调用者范围内的活动。党员只能查本人（他人 404），书记、组织管理员可查本组织党员。"
                    + " / A member's attendance over the completed activities they were expected at; without memberId the caller's own "
                    + "(member token). Only activities within the caller's subtree count. A member reads only their own (another member's "
                    + "answers 404); secretaries and organization admins read their subtree's members.")
    @APIResponse(responseCode = "200", description = "出勤率 / The rate", content = @Content(schema = @Schema(implementation = MemberAttendanceView.class)))
    @APIResponse(responseCode = "404", description = "党员不存在或不在调用方范围内（党员查他人亦然） / The member was not found or is outside the caller's scope (so is another member, for a member)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public MemberAttendanceView rate(
            @QueryParam("memberId") @ValidId @Size(max = 26) @Parameter(description = "党员；默认本人 / Member; the caller by default") String memberId,
            @QueryParam("from") @NotNull @Parameter(description = "起 / From", required = true, example = "2026-01-01T00:00:00+08:00") OffsetDateTime from,
            @QueryParam("to") @NotNull @Parameter(description = "止（不含） / To, exclusive", required = true, example = "2027-01-01T00:00:00+08:00") OffsetDateTime to) {
        return MemberAttendanceView.of(attendanceService.memberAttendance(memberId, from.toInstant(), to.toInstant()));
    }
}
