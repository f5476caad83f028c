package cn.partybuilding.assessment.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.assessment.domain.AssessmentDetail;
import cn.partybuilding.assessment.domain.AssessmentStatus;
import cn.partybuilding.assessment.rest.dto.AssessmentRequests;
import cn.partybuilding.assessment.rest.dto.AssessmentView;
import cn.partybuilding.assessment.service.AssessmentService;
import cn.partybuilding.assessment.service.ScoreStage;
import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.openapi.ExampleIds;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/assessments")
@Tag(name = "Assessments", description = "年度考核：自评、审核、计分定等、公示、确定 / Annual assessments: self-assessment, review, scoring and grade, public notice, final")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AssessmentResource {

    private static final String SCORES_EXAMPLE = "{\"scores\":[{\"indicatorId\":\"" + ExampleIds.SCHEME_INDICATOR
            + "\",\"score\":3.5,\"note\":\"制定模范机关创建工作方案和责任清单，逐项明确责任人和完成时限\"}]}";

    /** The 422 of both score entries. */
    private static final String INVALID_SCORES = "得分为负、超过满分、超过一位小数，或指标不属于本方案或为自动指标（errors 指明字段） / A negative score, one above the maximum or with more than one decimal, or an indicator outside the scheme or automatic (errors name the field)";

    @Inject
    AssessmentService assessmentService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN})
    @Operation(operationId = "createAssessment", summary = "开展年度考核 / Start an annual assessment",
            description = "方案发布组织的管理员为其下级组织开展考核，进入自评阶段（SELF_ASSESSMENT）；每个组织每个方案一次（409）。开展后方案冻结，不能再修改。"
                    + " / The scheme issuer's administrator starts the assessment of an organization below it, in SELF_ASSESSMENT; one per organization and scheme (409). "
                    + "The scheme is frozen from then on.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRequests.Create.class),
            examples = @ExampleObject(name = "考核 / assessment", value = "{\"schemeId\":\"" + ExampleIds.ASSESSMENT_SCHEME
                    + "\",\"organizationId\":\"" + ExampleIds.PARTY_COMMITTEE + "\"}")))
    @APIResponse(responseCode = "201", description = "已开展 / Started", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "该组织已有依此方案的考核 / Already assessed under this scheme", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "方案或组织不存在或不在范围内 / Scheme or organization unknown or outside the scope",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid AssessmentRequests.Create request) {
        AssessmentDetail detail = assessmentService.create(request.schemeId(), request.organizationId());
        return Responses.created(uriInfo, detail.assessment().id, AssessmentView.of(detail), detail.assessment().version);
    }

    @GET
    @Operation(operationId = "listAssessments", summary = "查询年度考核 / List annual assessments",
            description = "调用者本级及下级组织的考核，可按方案、组织、年度、阶段筛选，游标分页。 / Assessments of organizations in the caller's subtree, filtered by scheme, organization, year and stage, cursor-paged.")
    @APIResponse(responseCode = "200", description = "一页考核 / A page of assessments", content = @Content(schema = @Schema(implementation = AssessmentPage.class)))
    public Page<AssessmentView> list(
            @QueryParam("schemeId") @ValidId @Size(max = 26) @Parameter(description = "方案 / Scheme") String schemeId,
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "被考核组织 / Organization assessed") String organizationId,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "年度 / Year") Integer year,
            @QueryParam("status") @Parameter(description = "阶段 / Stage") AssessmentStatus status,
            @Valid @BeanParam PageParams page) {
        return assessmentService.list(schemeId, organizationId, year, status, page).map(AssessmentView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssessment", summary = "读取年度考核 / Get an annual assessment",
            description = "阶段、各指标的自评分、审核分与自动取数结果、总分与等次。即使取数服务不可用也可读取。范围外的考核返回 404。"
                    + " / Stage, each indicator's self, review and automatic scores, total and grade; readable even when the metric services are down. Outside the caller's scope: 404.")
    @APIResponse(responseCode = "200", description = "考核 / The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        AssessmentDetail detail = assessmentService.get(id);
        return Responses.ok(AssessmentView.of(detail), detail.assessment().version);
    }

    @PUT
    @Path("/{id}/self-scores")
    @RolesAllowed({Role.ORG_ADMIN, Role.SECRETARY})
    @Operation(operationId = "enterSelfScores", summary = "录入自评分 / Enter self scores",
            description = "被考核组织的管理员或书记在自评阶段录入人工指标的自评分与佐证说明；必须带 If-Match（缺少 428，过期 412）。得分为负、超过满分或指标不属于本方案返回 422 并指明字段；考核确定后 409。"
                    + " / The assessed organization's administrator or secretary enters self scores and evidence for manual indicators during SELF_ASSESSMENT; If-Match is required "
                    + "(428 without, 412 when stale). A negative score, one above the maximum or an indicator outside the scheme is 422 naming the field; 409 once final.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRequests.Scores.class),
            examples = @ExampleObject(name = "自评 / self score", value = SCORES_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "考核 / The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "不在自评阶段或已确定 / Not in self-assessment, or final", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "缺少 If-Match / If-Match required", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = INVALID_SCORES,
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response selfScores(@PathParam("id") @ValidId String id, @NotNull @Valid AssessmentRequests.Scores request,
                               @HeaderParam("If-Match") String ifMatch) {
        AssessmentDetail detail = assessmentService.enterScores(id, ScoreStage.SELF, request.toEntries(), ifMatch);
        return Responses.ok(AssessmentView.of(detail), detail.assessment().version);
    }

    @PUT
    @Path("/{id}/review-scores")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN})
    @Operation(operationId = "enterReviewScores", summary = "录入审核分 / Enter review scores",
            description = "考核组织（方案发布组织）的管理员在审核阶段录入人工指标的审核分与意见；必须带 If-Match（缺少 428，过期 412）。得分为负、超过满分或指标不属于本方案返回 422 并指明字段；考核确定后 409。"
                    + " / The assessing organization's administrator enters review scores for manual indicators during REVIEW; If-Match is required (428 without, 412 when stale). "
                    + "A negative score, one above the maximum or an indicator outside the scheme is 422 naming the field; 409 once final.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRequests.Scores.class),
            examples = @ExampleObject(name = "审核 / review", value = SCORES_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "考核 / The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "不在审核阶段或已确定 / Not in review, or final", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "428", description = "缺少 If-Match / If-Match required", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = INVALID_SCORES,
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response reviewScores(@PathParam("id") @ValidId String id, @NotNull @Valid AssessmentRequests.Scores request,
                                 @HeaderParam("If-Match") String ifMatch) {
        AssessmentDetail detail = assessmentService.enterScores(id, ScoreStage.REVIEW, request.toEntries(), ifMatch);
        return Responses.ok(AssessmentView.of(detail), detail.assessment().version);
    }

    @PUT
    @Path("/{id}/status")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN})
    @Operation(operationId = "changeAssessmentStatus", summary = "变更考核阶段 / Move an assessment to another stage",
            description = "考核组织的管理员推进阶段：SELF_ASSESSMENT → REVIEW → SCORED（按审核分与自动得分计总分，按分数线定等次；有未评分指标 409）→ PUBLICIZED（公示，默认今天起 7 天）→ FINAL（公示期满后）；"
                    + "审核可退回自评，计分或公示中可退回审核。支持 If-Match。"
                    + " / The assessing organization's administrator moves it on: SELF_ASSESSMENT → REVIEW → SCORED (total of review and automatic scores, grade by the thresholds; 409 while any is missing) "
                    + "→ PUBLICIZED (notice, 7 days from today by default) → FINAL (after the notice). Review may return to self-assessment, scored or publicized to review. Honours If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRequests.Status.class),
            examples = {@ExampleObject(name = "审核 / review", value = "{\"status\":\"REVIEW\"}"),
                        @ExampleObject(name = "公示 / notice", value = "{\"status\":\"PUBLICIZED\",\"noticeStart\":\"2026-01-10\",\"noticeEnd\":\"2026-01-16\"}")}))
    @APIResponse(responseCode = "200", description = "考核 / The assessment", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "不允许的阶段变更、评分未完成、公示期未满或已确定 / Not allowed, scores incomplete, notice not over, or final",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "公示期不合法 / Invalid notice period", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response changeStatus(@PathParam("id") @ValidId String id, @NotNull @Valid AssessmentRequests.Status request,
                                 @HeaderParam("If-Match") String ifMatch) {
        AssessmentDetail detail = assessmentService.changeStatus(id, request.toCommand(), ifMatch);
        return Responses.ok(AssessmentView.of(detail), detail.assessment().version);
    }

    @POST
    @Path("/{id}/automatic-scores")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY})
    @Operation(operationId = "fillAutomaticScores", summary = "自动取数计分 / Fill the automatic indicators",
            description = "从组织生活、志愿服务和组织服务读取截至 asOf 的实时数据（三会一课达标率、出勤率、人均志愿服务时长、双报到覆盖率、组织设置合规率、星级），计算各自动指标的得分并记录数据说明；"
                    + "调用者的令牌随请求转发，各服务按其范围答复。任一服务不可用时返回 503（Retry-After），不写入任何数据。自评或审核阶段可用，由考核组织管理员或被考核组织的管理员、书记调用；支持 If-Match。"
                    + " / Reads live figures up to asOf from activity-, volunteer- and branch-service (三会一课 compliance, attendance, volunteer hours per member, 双报到 coverage, structure pass rate, star level), "
                    + "scores each automatic indicator and keeps what the figure is. The caller's token is passed on, so each service applies its own scope. "
                    + "When any service is unavailable: 503 with Retry-After, and nothing is written. During SELF_ASSESSMENT or REVIEW, by the assessing organization's administrator or the assessed "
                    + "organization's administrator or secretary; honours If-Match.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentRequests.Automatic.class),
            examples = @ExampleObject(name = "年末 / year end", value = "{\"asOf\":\"2025-12-31\"}")))
    @APIResponse(responseCode = "200", description = "考核，含自动得分 / The assessment with its automatic scores", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "不在自评或审核阶段 / Not in self-assessment or review", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "取数服务不可用，未写入任何数据 / A metric service is unavailable; nothing was written",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response fillAutomatic(@PathParam("id") @ValidId String id, @Valid AssessmentRequests.Automatic request,
                                  @HeaderParam("If-Match") String ifMatch) {
        AssessmentDetail detail = assessmentService.fillAutomatic(id, request == null ? null : request.asOf(), ifMatch);
        return Responses.ok(AssessmentView.of(detail), detail.assessment().version);
    }

    @Schema(name = "AssessmentPage", description = "一页年度考核 / A page of assessments")
    public record AssessmentPage(List<AssessmentView> items,
                                 @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
