package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import cn.partybuilding.volunteer.domain.RecordStatus;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import cn.partybuilding.volunteer.rest.dto.CreateVolunteerRecordRequest;
import cn.partybuilding.volunteer.rest.dto.DecideVolunteerRecordRequest;
import cn.partybuilding.volunteer.rest.dto.RecordView;
import cn.partybuilding.volunteer.service.RecordService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/volunteer-records")
@Tag(name = "Volunteer records", description = "志愿服务记录与社区确认 / Volunteer hours and their confirmation by the community")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class VolunteerRecordResource {

    @Inject
    RecordService recordService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.MEMBER, Role.COMMUNITY_STAFF, Scope.VOLUNTEER_WRITE})
    @Operation(operationId = "createVolunteerRecord", summary = "登记志愿服务 / Record volunteer service",
            description = "党员本人、其组织管理员，或社区工作人员（为已向本社区报到或认领本社区服务岗的党员）登记；社区确认后才计入统计。"
                    + "时长为实际服务时间，不包括往返交通时间。"
                    + "拒绝：结束早于开始或晚于当前时间、时长超过起止时间或多于一位小数、与该党员其他记录重叠、当日合计超过 24 小时、党员与该社区无关联、党员不在调用者范围内。"
                    + " / By the member, their organization's managers, or community staff for a member the community knows (reported, or claimed a post); "
                    + "counted once the community confirms. Hours are the time actually served, without travel there and back. "
                    + "Refused: end before start or in the future, hours beyond the span or with more than one decimal, overlap with the member's "
                    + "other records, more than 24 hours on a day, a community the member has no relation to, a member outside the caller's scope.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateVolunteerRecordRequest.class),
            examples = @ExampleObject(name = "入户走访 / home visits", value = """
                    {"communityId":"01JE1C7M9N2Q4R6S8T0V3W5X7Y","startAt":"2026-11-21T09:00:00+08:00","endAt":"2026-11-21T11:30:00+08:00",
                     "hours":2.5,"description":"协助社区开展独居老人入户走访，登记需求 12 户。"}""")))
    @APIResponse(responseCode = "201", description = "已登记，待社区确认 / Recorded, awaiting the community", content = @Content(schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "409", description = "时间重叠或超过每日 24 小时 / Overlap or more than 24 hours a day", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "社区、党员不存在或无关联 / Community or member not found, or no relation", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用 / branch-service unavailable", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateVolunteerRecordRequest request) {
        VolunteerRecord record = recordService.create(request.toCommand());
        return Responses.created(uriInfo, record.id, RecordView.of(record), record.version);
    }

    @GET
    @Operation(operationId = "listVolunteerRecords", summary = "查询志愿服务记录 / List volunteer records",
            description = "按党员、社区、组织下级树、状态、服务日期筛选；mine=true 为“我的记录”。社区看到本社区的记录，组织角色看到本级及下级，党员看到自己的。"
                    + " / Filtered by member, community, subtree, status and service dates; mine=true lists the caller's own. Staff see their community's, organization roles their subtree's, members their own.")
    @APIResponse(responseCode = "200", description = "一页记录 / A page of records", content = @Content(schema = @Schema(implementation = RecordPage.class)))
    public Page<RecordView> list(
            @QueryParam("memberId") @ValidId @Size(max = 26) @Parameter(description = "党员 / Member") String memberId,
            @QueryParam("communityId") @ValidId @Size(max = 26) @Parameter(description = "社区 / Community") String communityId,
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及其下级 / This organization's subtree") String organizationId,
            @QueryParam("status") @Parameter(description = "状态 / Status") RecordStatus status,
            @QueryParam("from") @Parameter(description = "服务日期不早于 / Service date from") LocalDate from,
            @QueryParam("to") @Parameter(description = "服务日期不晚于 / Service date to") LocalDate to,
            @QueryParam("mine") @Parameter(description = "我的记录 / Only the caller's own") Boolean mine,
            @Valid @BeanParam PageParams page) {
        return recordService.list(memberId, communityId, organizationId, status, from, to, Boolean.TRUE.equals(mine), page).map(RecordView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVolunteerRecord", summary = "读取志愿服务记录 / Get a volunteer record", description = "范围外的记录返回 404。 / Records outside the caller's scope answer 404.")
    @APIResponse(responseCode = "200", description = "记录 / The record", content = @Content(schema = @Schema(implementation = RecordView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        VolunteerRecord record = recordService.get(id);
        return Responses.ok(RecordView.of(record), record.version);
    }

    @PUT
    @Path("/{id}/confirmation")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.COMMUNITY_STAFF})
    @Operation(operationId = "confirmVolunteerRecord", summary = "社区确认或驳回 / Confirm or reject",
            description = "服务社区的工作人员确认（CONFIRMED）或驳回（REJECTED，须填理由）待确认的记录；党员不能确认本人的记录。"
                    + " / The served community's staff confirm a submitted record, or reject it with a reason; nobody confirms their own record.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecideVolunteerRecordRequest.class),
            examples = {@ExampleObject(name = "确认 / confirm", value = "{\"status\":\"CONFIRMED\"}"),
                        @ExampleObject(name = "驳回 / reject", value = "{\"status\":\"REJECTED\",\"reason\":\"当日社区无此项活动安排\"}")}))
    @APIResponse(responseCode = "200", description = "处理后的记录 / The decided record", content = @Content(schema = @Schema(implementation = RecordView.class)))
    @APIResponse(responseCode = "409", description = "记录已处理 / Already decided", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response decide(@PathParam("id") @ValidId String id, @NotNull @Valid DecideVolunteerRecordRequest request) {
        VolunteerRecord record = recordService.decide(id, request.toCommand());
        return Responses.ok(RecordView.of(record), record.version);
    }

    @Schema(name = "VolunteerRecordPage", description = "一页记录 / A page of records")
    public record RecordPage(List<RecordView> items,
                             @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
