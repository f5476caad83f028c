package cn.partybuilding.assessment.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.assessment.domain.AssessmentScheme;
import cn.partybuilding.assessment.rest.dto.SchemeBody;
import cn.partybuilding.assessment.rest.dto.SchemeView;
import cn.partybuilding.assessment.service.SchemeService;
import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
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

@Path("/v1/assessment-schemes")
@Tag(name = "Assessment schemes", description = "考核方案：类别、指标、分值、等次分数线 / Indicator schemes: categories, indicators, scores, grade thresholds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class SchemeResource {

    static final String SCHEME_EXAMPLE = """
            {"issuerId":"01JDZ9Y4K3M8Q2W6E5R7T1V0X0","year":2025,"name":"2025年度模范机关创建考核方案",
             "thresholds":{"excellentMin":90,"goodMin":80,"fairMin":60},
             "categories":[
              {"name":"机关党建标准化","indicators":[
                {"name":"三会一课落实率","maxScore":4,"guidance":"按三会一课全部达标的党支部比例计分","source":"COMPLIANCE_RATE"},
                {"name":"党员志愿服务人均时长","maxScore":3,"guidance":"人均 10 小时得满分","source":"VOLUNTEER_HOURS_PER_MEMBER","target":10},
                {"name":"党建品牌创建","maxScore":3,"guidance":"创建机关名牌、党建品牌，查阅材料","source":"MANUAL"}]}]}""";

    @Inject
    SchemeService schemeService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN})
    @Operation(operationId = "createAssessmentScheme", summary = "发布考核方案 / Issue an indicator scheme",
            description = "发布组织（通常为机关工委）为某年度发布考核方案：类别按顺序，各含指标（满分一位小数；计分来源为人工 MANUAL 或自动指标，自动指标得分 = 满分 × min(1, 值 ÷ 目标值)），"
                    + "等次分数线须递增且不超过方案总分。发布组织须在调用者的管理范围内。"
                    + " / The issuing organization (usually the 机关工委) issues a scheme for a year: ordered categories with indicators (maximum score with one decimal; "
                    + "source MANUAL or an automatic metric scored maximum × min(1, value ÷ target)); thresholds ascend and stay within the scheme's total. "
                    + "The issuer must be within the caller's subtree.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeBody.Create.class),
            examples = @ExampleObject(name = "模范机关 / model organ", value = SCHEME_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "已发布 / Issued", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "409", description = "同名方案已存在 / Name taken", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "分数线、分值或目标值不合法，或发布组织不在范围内 / Invalid thresholds, scores or targets, or an issuer outside the caller's scope",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid SchemeBody.Create request) {
        AssessmentScheme scheme = schemeService.create(request.issuerId(), request.toContent());
        return Responses.created(uriInfo, scheme.id, SchemeView.of(scheme, false), scheme.version);
    }

    @GET
    @Operation(operationId = "listAssessmentSchemes", summary = "查询考核方案 / List indicator schemes",
            description = "调用者本级及下级发布的方案，以及上级发布、适用于本组织的方案；可按发布组织和年度筛选，游标分页。"
                    + " / Schemes issued in the caller's subtree and those issued above it that apply to it; filtered by issuer and year, cursor-paged.")
    @APIResponse(responseCode = "200", description = "一页方案 / A page of schemes", content = @Content(schema = @Schema(implementation = SchemePage.class)))
    public Page<SchemeView> list(
            @QueryParam("issuerId") @ValidId @Size(max = 26) @Parameter(description = "发布组织 / Issuer") String issuerId,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "年度 / Year") Integer year,
            @Valid @BeanParam PageParams page) {
        return schemeService.list(issuerId, year, page).map(s -> SchemeView.of(s, schemeService.frozen(s)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssessmentScheme", summary = "读取考核方案 / Get an indicator scheme",
            description = "方案的类别、指标与分数线；frozen 表示已有考核依此开展。范围外的方案返回 404。"
                    + " / The scheme's categories, indicators and thresholds; frozen once an assessment under it has started. Schemes outside the caller's scope answer 404.")
    @APIResponse(responseCode = "200", description = "方案 / The scheme", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        AssessmentScheme scheme = schemeService.get(id);
        return Responses.ok(SchemeView.of(scheme, schemeService.frozen(scheme)), scheme.version);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN})
    @Operation(operationId = "updateAssessmentScheme", summary = "修改考核方案 / Update an indicator scheme",
            description = "整体替换年度、名称、分数线和类别指标（发布组织不变，指标获得新编号）；支持 If-Match。已有考核依此方案开展后返回 409 SCHEME_FROZEN。"
                    + " / Replaces the year, name, thresholds, categories and indicators (the issuer stays; indicators get new ids); honours If-Match. "
                    + "409 SCHEME_FROZEN once an assessment under the scheme has started.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeBody.Update.class),
            examples = @ExampleObject(name = "分数线 / thresholds", value = """
                    {"year":2025,"name":"2025年度模范机关创建考核方案","thresholds":{"excellentMin":92,"goodMin":80,"fairMin":60},
                     "categories":[{"name":"机关党建标准化","indicators":[
                       {"name":"三会一课落实率","maxScore":4,"source":"COMPLIANCE_RATE"},
                       {"name":"党建品牌创建","maxScore":6,"source":"MANUAL"}]}]}""")))
    @APIResponse(responseCode = "200", description = "修改后的方案 / The updated scheme", content = @Content(schema = @Schema(implementation = SchemeView.class)))
    @APIResponse(responseCode = "409", description = "方案已冻结或同名 / Frozen, or name taken", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "分数线、分值或目标值不合法 / Invalid thresholds, scores or targets",
            content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid SchemeBody.Update request,
                           @HeaderParam("If-Match") String ifMatch) {
        AssessmentScheme scheme = schemeService.update(id, request.toContent(), ifMatch);
        return Responses.ok(SchemeView.of(scheme, false), scheme.version);
    }

    @Schema(name = "AssessmentSchemePage", description = "一页考核方案 / A page of schemes")
    public record SchemePage(List<SchemeView> items,
                             @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
