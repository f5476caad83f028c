package cn.partybuilding.assessment.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.assessment.domain.Rectification;
import cn.partybuilding.assessment.domain.RectificationReview;
import cn.partybuilding.assessment.domain.RectificationStatus;
import cn.partybuilding.assessment.rest.dto.CompleteRectificationRequest;
import cn.partybuilding.assessment.rest.dto.CreateRectificationRequest;
import cn.partybuilding.assessment.rest.dto.RectificationView;
import cn.partybuilding.assessment.rest.dto.ReviewRectificationRequest;
import cn.partybuilding.assessment.rest.dto.UpdateRectificationRequest;
import cn.partybuilding.assessment.service.RectificationService;
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

@Path("/v1/rectifications")
@Tag(name = "Rectifications", description = "整改清单：问题、措施、责任人、时限，整改完成后回头看销号或重新整改 / Rectification items: problem, measures, owner, deadline; reviewed (回头看) to close or reopen")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class RectificationResource {

    private static final String PROBLEM = "Problem";
    private static final String CONFLICT = "已销号，或状态变更不允许 / Closed, or the transition is not allowed";

    @Inject
    RectificationService rectifications;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "createRectification", summary = "新建整改事项 / Create a rectification item",
            description = "在本组织及下级组织登记整改事项，可关联该组织的述职评议。新建时为 OPEN。"
                    + " / Raises an item in the caller's subtree, optionally linked to a duty report of the same organization. It starts OPEN.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateRectificationRequest.class),
            examples = @ExampleObject(name = "述职问题整改 / from a duty report", value = DutyExamples.CREATE_RECTIFICATION)))
    @APIResponse(responseCode = "201", description = "已创建 / Created", content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "422", description = "组织或述职评议不存在、不在范围内或不一致 / Organization or duty report not found, outside the scope, or not matching",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response create(@NotNull @Valid CreateRectificationRequest request) {
        Rectification item = rectifications.create(request.toCommand());
        return Responses.created(uriInfo, item.id, view(item, null), item.version);
    }

    @GET
    @Operation(operationId = "listRectifications", summary = "查询整改清单 / List rectification items",
            description = "本组织及下级的整改事项；organizationId 为某一子树，overdue=true 为未完成且已过时限（北京时间）的事项。"
                    + " / The items of the caller's subtree; organizationId narrows to a subtree, overdue=true keeps OPEN items past their deadline (China time).")
    @APIResponse(responseCode = "200", description = "一页整改事项 / A page of items", content = @Content(schema = @Schema(implementation = RectificationPage.class)))
    @APIResponse(responseCode = "422", description = "organizationId 不存在或不在可见范围内 / organizationId not found or outside the caller's subtree",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Page<RectificationView> list(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及下级 / This organization's subtree") String organizationId,
            @QueryParam("dutyReportId") @ValidId @Size(max = 26) @Parameter(description = "来源述职评议 / The duty report") String dutyReportId,
            @QueryParam("status") @Parameter(description = "状态 / Status") RectificationStatus status,
            @QueryParam("overdue") @Parameter(description = "仅已逾期 / Overdue only") Boolean overdue,
            @Valid @BeanParam PageParams page) {
        LocalDate today = ChinaTime.today();
        return rectifications.list(organizationId, dutyReportId, status, Boolean.TRUE.equals(overdue), page)
                .map(item -> RectificationView.of(item, today, null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRectification", summary = "读取整改事项 / Get a rectification item",
            description = "含回头看记录。 / With its reviews.")
    @APIResponse(responseCode = "200", description = "整改事项 / The item", content = @Content(schema = @Schema(implementation = RectificationView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        Rectification item = rectifications.get(id);
        return Responses.ok(view(item, rectifications.reviews(item)), item.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "updateRectification", summary = "修改整改事项 / Update a rectification item",
            description = "须带 If-Match；销号后不能修改（409）。 / Needs If-Match; a closed item no longer changes (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateRectificationRequest.class),
            examples = @ExampleObject(name = "延期 / new deadline", value = DutyExamples.UPDATE_RECTIFICATION)))
    @APIResponse(responseCode = "200", description = "修改后的整改事项 / The updated item", content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "428", description = "缺少 If-Match / If-Match required", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateRectificationRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        Rectification item = rectifications.update(id, ifMatch, request.toCommand());
        return Responses.ok(view(item, null), item.version);
    }

    @POST
    @Path("/{id}/completion")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Scope.ASSESSMENT_WRITE})
    @Operation(operationId = "completeRectification", summary = "报告整改完成 / Report a rectification done",
            description = "责任组织说明整改情况：OPEN → RECTIFIED，等待回头看。带 If-Match 时检查版本。"
                    + " / The organization reports what was done: OPEN → RECTIFIED, awaiting review. If-Match, when sent, is checked.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompleteRectificationRequest.class),
            examples = @ExampleObject(name = "整改完成 / done", value = DutyExamples.COMPLETE_RECTIFICATION)))
    @APIResponse(responseCode = "200", description = "已报告完成 / Reported done", content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response complete(@PathParam("id") @ValidId String id, @NotNull @Valid CompleteRectificationRequest request,
                             @HeaderParam("If-Match") String ifMatch) {
        Rectification item = rectifications.complete(id, ifMatch, request.note());
        return Responses.ok(view(item, null), item.version);
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN})
    @Operation(operationId = "reviewRectification", summary = "回头看 / Review a rectification",
            description = "上级党组织管理员对已报告完成（RECTIFIED）的事项回头看：CLOSED 销号，REOPENED 重新整改（回到 OPEN，可给新时限）。本组织管理员 403 NOT_THE_REVIEWING_ORGANIZATION。带 If-Match 时检查版本。"
                    + " / An administrator of an organization above reviews a RECTIFIED item: CLOSED closes it, REOPENED sends it back to OPEN (optionally with a new deadline). The item's own organization gets 403 NOT_THE_REVIEWING_ORGANIZATION. If-Match, when sent, is checked.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRectificationRequest.class),
            examples = {@ExampleObject(name = "销号 / close", value = DutyExamples.CLOSE_REVIEW),
                        @ExampleObject(name = "重新整改 / reopen", value = DutyExamples.REOPEN_REVIEW)}))
    @APIResponse(responseCode = "201", description = "已回头看，整改事项的新状态 / Reviewed; the item as it now stands",
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "403", description = "不是上级组织的管理员 / Not an administrator above the item", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = PROBLEM)))
    public Response review(@PathParam("id") @ValidId String id, @NotNull @Valid ReviewRectificationRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        Rectification item = rectifications.review(id, ifMatch, request.toCommand());
        return Response.status(Response.Status.CREATED).tag(Versions.etag(item.version))
                .entity(view(item, rectifications.reviews(item))).build();
    }

    private static RectificationView view(Rectification item, List<RectificationReview> reviews) {
        return RectificationView.of(item, ChinaTime.today(), reviews);
    }

    @Schema(name = "RectificationPage", description = "一页整改事项 / A page of rectification items")
    public record RectificationPage(List<RectificationView> items,
                                    @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
