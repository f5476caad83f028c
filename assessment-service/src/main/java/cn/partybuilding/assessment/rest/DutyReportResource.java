package cn.partybuilding.assessment.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.assessment.domain.BallotTotals;
import cn.partybuilding.assessment.domain.DutyReport;
import cn.partybuilding.assessment.domain.DutyReportStatus;
import cn.partybuilding.assessment.rest.dto.BallotRequest;
import cn.partybuilding.assessment.rest.dto.BallotTotalsView;
import cn.partybuilding.assessment.rest.dto.CreateDutyReportRequest;
import cn.partybuilding.assessment.rest.dto.DutyReportView;
import cn.partybuilding.assessment.rest.dto.UpdateDutyReportRequest;
import cn.partybuilding.assessment.service.DutyReportService;
import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

@Path("/v1/duty-reports")
@Tag(name = "Duty reports", description = "述职评议：书记抓基层党建工作述职，评议组无记名投票 / Secretaries' duty reports and the panel's secret ballot")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DutyReportResource {

    private static final String PROBLEM = "Problem";

    @Inject
    DutyReportService duty;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "createDutyReport", summary = "新建述职评议 / Create a duty report",
            description = "为本组织或下级组织的书记登记年度抓基层党建述职，并指定评议组（投票开始前可修改）。新建时为 DRAFT。"
                    + " / Registers a secretary's yearly report for an organization in the caller's subtree, with its panel (editable until voting opens). It starts as DRAFT.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateDutyReportRequest.class),
            examples = @ExampleObject(name = "年度述职 / yearly report", value = DutyExamples.CREATE_DUTY_REPORT)))
    @APIResponse(responseCode = "201", description = "已创建 / Created", content = @Content(schema = @Schema(implementation = DutyReportView.class)))
    @APIResponse(responseCode = "422", description = "组织不存在或不在管理范围内 / Organization not found or outside the caller's subtree",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response create(@NotNull @Valid CreateDutyReportRequest request) {
        DutyReport report = duty.create(request.toCommand());
        return Responses.created(uriInfo, report.id, DutyReportView.of(report), report.version);
    }

    @GET
    @Operation(operationId = "listDutyReports", summary = "查询述职评议 / List duty reports",
            description = "本组织及下级的述职评议；organizationId 限定某一子树。 / The duty reports of the caller's subtree; organizationId narrows to a subtree.")
    @APIResponse(responseCode = "200", description = "一页述职评议 / A page of duty reports", content = @Content(schema = @Schema(implementation = DutyReportPage.class)))
    @APIResponse(responseCode = "422", description = "organizationId 不存在或不在可见范围内 / organizationId not found or outside the caller's subtree",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Page<DutyReportView> list(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及下级 / This organization's subtree") String organizationId,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "年度 / Year") Integer year,
            @QueryParam("status") @Parameter(description = "状态 / Status") DutyReportStatus status,
            @Valid @BeanParam PageParams page) {
        return duty.list(organizationId, year, status, page).map(DutyReportView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDutyReport", summary = "读取述职评议 / Get a duty report",
            description = "本组织及上级可读，评议组成员也可读。 / Readable in the organization's subtree and above, and by the panel's members.")
    @APIResponse(responseCode = "200", description = "述职评议 / The duty report", content = @Content(schema = @Schema(implementation = DutyReportView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        DutyReport report = duty.get(id);
        return Responses.ok(DutyReportView.of(report), report.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "updateDutyReport", summary = "修改述职评议或开始、结束投票 / Update a duty report, open or close voting",
            description = "须带 If-Match。DRAFT 时可改报告和评议组；status 只能 DRAFT→VOTING→CLOSED，其他变更及 CLOSED 后的任何修改返回 409。"
                    + " / Needs If-Match. The report and its panel change while DRAFT; status moves DRAFT→VOTING→CLOSED only; anything else, and any change once CLOSED, is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateDutyReportRequest.class),
            examples = {@ExampleObject(name = "改评议组 / panel", value = DutyExamples.UPDATE_DUTY_REPORT),
                        @ExampleObject(name = "开始投票 / open voting", value = DutyExamples.OPEN_VOTING)}))
    @APIResponse(responseCode = "200", description = "修改后的述职评议 / The updated duty report", content = @Content(schema = @Schema(implementation = DutyReportView.class)))
    @APIResponse(responseCode = "409", description = "投票开始后不能修改，或状态变更不允许 / Not editable once voting opened, or the transition is not allowed",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "428", description = "缺少 If-Match / If-Match required", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateDutyReportRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        DutyReport report = duty.update(id, ifMatch, request.toCommand());
        return Responses.ok(DutyReportView.of(report), report.version);
    }

    @POST
    @Path("/{id}/ballots")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.MEMBER})
    @Operation(operationId = "castDutyBallot", summary = "评议投票 / Cast a ballot",
            description = "评议组成员本人（令牌 sub 为党员编号）在 VOTING 阶段投一票：好、较好、一般、差。每人一票，再投 409 ALREADY_VOTED；非评议组成员 403 NOT_ON_PANEL。无记名：只保存谁已投票和各选项票数，不保存谁投了什么。"
                    + " / The calling panel member (the token's sub is the member id) votes once while VOTING: excellent, good, fair or poor. A second ballot is 409 ALREADY_VOTED; someone off the panel 403 NOT_ON_PANEL. Secret: only who has voted and the count per choice are kept, never who chose what.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BallotRequest.class),
            examples = @ExampleObject(name = "较好 / good", value = DutyExamples.BALLOT)))
    @APIResponse(responseCode = "201", description = "已投票，当前票数 / Counted; the totals now",
            content = @Content(schema = @Schema(implementation = BallotTotalsView.class), examples = @ExampleObject(name = "票数 / totals", value = DutyExamples.BALLOT_TOTALS)))
    @APIResponse(responseCode = "403", description = "不是评议组成员（NOT_ON_PANEL）或角色无权 / Not on the panel (NOT_ON_PANEL), or the role may not vote",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = "已投票（ALREADY_VOTED）或不在投票阶段（NOT_VOTING） / Already voted (ALREADY_VOTED) or voting not open (NOT_VOTING)",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response vote(@PathParam("id") @ValidId String id, @NotNull @Valid BallotRequest request) {
        BallotTotals totals = duty.vote(id, request.choice());
        return Response.status(Response.Status.CREATED).entity(BallotTotalsView.of(totals)).build();
    }

    @GET
    @Path("/{id}/ballots")
    @Operation(operationId = "getDutyBallotTotals", summary = "评议结果 / Ballot totals",
            description = "各选项票数、已投票数、评议组人数和满意率（好+较好）÷ 已投票数；任何人（包括书记和管理员）都看不到谁投了什么。"
                    + " / The count per choice, ballots cast, panel size and satisfaction rate (excellent + good) ÷ ballots; nobody, the secretary and administrators included, sees who chose what.")
    @APIResponse(responseCode = "200", description = "评议结果 / The totals",
            content = @Content(schema = @Schema(implementation = BallotTotalsView.class), examples = @ExampleObject(name = "票数 / totals", value = DutyExamples.BALLOT_TOTALS)))
    public BallotTotalsView totals(@PathParam("id") @ValidId String id) {
        return BallotTotalsView.of(duty.totals(id));
    }

    @Schema(name = "DutyReportPage", description = "一页述职评议 / A page of duty reports")
    public record DutyReportPage(List<DutyReportView> items,
                                 @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
