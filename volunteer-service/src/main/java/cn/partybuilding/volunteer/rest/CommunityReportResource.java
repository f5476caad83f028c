package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import cn.partybuilding.volunteer.domain.CommunityReport;
import cn.partybuilding.volunteer.domain.ReportKind;
import cn.partybuilding.volunteer.domain.ReportStatus;
import cn.partybuilding.volunteer.rest.dto.CreateCommunityReportRequest;
import cn.partybuilding.volunteer.rest.dto.ReportView;
import cn.partybuilding.volunteer.rest.dto.UpdateCommunityReportRequest;
import cn.partybuilding.volunteer.service.ReportService;
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

@Path("/v1/community-reports")
@Tag(name = "Community reports", description = "双报到：单位报到与党员报到 / Organizations and members reporting to communities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CommunityReportResource {

    @Inject
    ReportService reportService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.MEMBER, Role.COMMUNITY_STAFF, Scope.VOLUNTEER_WRITE})
    @Operation(operationId = "createCommunityReport", summary = "向社区报到 / Report to a community",
            description = "单位报到（ORGANIZATION）：组织管理员或书记为本级及下级组织报到并填写共建项目，同一组织对同一社区只有一项有效报到。"
                    + "党员报到（MEMBER）：党员本人（或其组织管理员）向居住地社区报到；每名党员只有一项有效报到，向另一社区报到会结束原报到。需要 branch-service 可用（否则 503，不写入）。"
                    + " / ORGANIZATION: an organization's managers report it to a community with co-building items; one active report per organization and community. "
                    + "MEMBER: a member (or their managers) reports to the community where they live; one active report per member, and reporting elsewhere ends the first. Needs branch-service (503 otherwise, nothing written).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateCommunityReportRequest.class),
            examples = {@ExampleObject(name = "党员报到 / member", value = "{\"kind\":\"MEMBER\",\"communityId\":\"01JE1C7M9N2Q4R6S8T0V3W5X7Y\"}"),
                        @ExampleObject(name = "单位报到 / organization", value = """
                                {"kind":"ORGANIZATION","communityId":"01JE1C7M9N2Q4R6S8T0V3W5X7Y","organizationId":"01JDZ9Y4K3M8Q2W6E5R7T1V0XB",
                                 "agreementItems":["共建党员志愿服务队","每月一次环境整治","结对帮扶困难家庭 5 户"]}""")}))
    @APIResponse(responseCode = "201", description = "已报到 / Reported", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "已向该社区报到 / Already reported", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "社区、组织或党员不存在 / Community, organization or member not found", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用 / branch-service unavailable", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateCommunityReportRequest request) {
        CommunityReport report = reportService.create(request.toCommand());
        return Responses.created(uriInfo, report.id, ReportView.of(report), report.version);
    }

    @GET
    @Operation(operationId = "listCommunityReports", summary = "查询报到 / List reports",
            description = "社区工作人员看到向本社区报到的组织和党员；组织角色看到本级及下级的报到；党员看到自己的报到。不需要 branch-service 以外的数据。"
                    + " / Community staff see who reported to their community; organization roles their subtree's reports; members their own.")
    @APIResponse(responseCode = "200", description = "一页报到 / A page of reports", content = @Content(schema = @Schema(implementation = ReportPage.class)))
    public Page<ReportView> list(
            @QueryParam("communityId") @ValidId @Size(max = 26) @Parameter(description = "社区 / Community") String communityId,
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及其下级 / This organization's subtree") String organizationId,
            @QueryParam("memberId") @ValidId @Size(max = 26) @Parameter(description = "党员 / Member") String memberId,
            @QueryParam("kind") @Parameter(description = "类型 / Kind") ReportKind kind,
            @QueryParam("status") @Parameter(description = "状态 / Status") ReportStatus status,
            @Valid @BeanParam PageParams page) {
        return reportService.list(communityId, organizationId, memberId, kind, status, page).map(ReportView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommunityReport", summary = "读取报到 / Get a report", description = "范围外的报到返回 404。 / Reports outside the caller's scope answer 404.")
    @APIResponse(responseCode = "200", description = "报到 / The report", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        CommunityReport report = reportService.get(id);
        return Responses.ok(ReportView.of(report), report.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.MEMBER, Role.COMMUNITY_STAFF, Scope.VOLUNTEER_WRITE})
    @Operation(operationId = "endCommunityReport", summary = "结束报到 / End a report", description = "党员本人、组织管理员或社区可结束报到；支持 If-Match。 / The member, the organization's managers or the community end a report; honours If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateCommunityReportRequest.class),
            examples = @ExampleObject(name = "结束 / end", value = "{\"status\":\"ENDED\"}")))
    @APIResponse(responseCode = "200", description = "已结束 / Ended", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "409", description = "报到已结束 / Already ended", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response end(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateCommunityReportRequest request, @HeaderParam("If-Match") String ifMatch) {
        CommunityReport report = reportService.end(id, request.toCommand(), ifMatch);
        return Responses.ok(ReportView.of(report), report.version);
    }

    @Schema(name = "CommunityReportPage", description = "一页报到 / A page of reports")
    public record ReportPage(List<ReportView> items,
                             @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
