package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.domain.Designation;
import cn.partybuilding.branch.domain.DesignationKind;
import cn.partybuilding.branch.domain.DesignationStatus;
import cn.partybuilding.branch.rest.dto.CreateDesignationRequest;
import cn.partybuilding.branch.rest.dto.DesignationView;
import cn.partybuilding.branch.rest.dto.UpdateDesignationRequest;
import cn.partybuilding.branch.service.DesignationService;
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

@Path("/v1/designations")
@Tag(name = "Designations", description = "党建示范点、第一课堂、党建品牌、党代表工作室、党员先锋岗 / Designations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DesignationResource {

    @Inject
    DesignationService designationService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "createDesignation", summary = "新建命名 / Create a designation",
            description = "为组织命名某年度的示范点、第一课堂、品牌、党代表工作室或党员先锋岗。同一组织同一类别每年一条。"
                    + " / Names an organization a demonstration site, first classroom, brand, representative studio or vanguard post for a year. "
                    + "One per organization, kind and year.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateDesignationRequest.class),
            examples = @ExampleObject(name = "第一课堂 / first classroom", value = """
                    {"organizationId":"01JDZ9Y4K3M8Q2W6E5R7T1V0XB","kind":"FIRST_CLASSROOM","title":"机关党建\\"第一课堂\\"",
                     "year":2024,"status":"ACTIVE","remarks":"指导建设第一课堂"}""")))
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(schema = @Schema(implementation = DesignationView.class)))
    @APIResponse(responseCode = "409", description = "该年度已有此类命名 / Exists for that year (DESIGNATION_EXISTS)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "组织不存在 / Organization not found",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateDesignationRequest request) {
        Designation designation = designationService.create(request.toCommand());
        return Responses.created(uriInfo, designation.id, DesignationView.of(designation), designation.version);
    }

    @GET
    @Operation(operationId = "listDesignations", summary = "查询命名 / List designations",
            description = "按组织下级树、类别、年度、状态筛选，游标分页。 / Filtered by organization subtree, kind, year and status; cursor-paged.")
    @APIResponse(responseCode = "200", description = "一页命名 / A page of designations",
            content = @Content(schema = @Schema(implementation = DesignationPage.class)))
    @APIResponse(responseCode = "422", description = "筛选的组织不存在或不在范围内 / The organization filtered by was not found or is outside the caller's subtree (ORGANIZATION_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<DesignationView> list(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及其下级 / This organization's subtree") String organizationId,
            @QueryParam("kind") @Parameter(description = "类别 / Kind") DesignationKind kind,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "年度 / Year") Integer year,
            @QueryParam("status") @Parameter(description = "状态 / Status") DesignationStatus status,
            @Valid @BeanParam PageParams page) {
        return designationService.list(organizationId, kind, year, status, page).map(DesignationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDesignation", summary = "读取命名 / Get a designation", description = "ETag 为当前版本。 / The ETag is its version.")
    @APIResponse(responseCode = "200", description = "命名 / The designation",
            content = @Content(schema = @Schema(implementation = DesignationView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        Designation designation = designationService.get(id);
        return Responses.ok(DesignationView.of(designation), designation.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "updateDesignation", summary = "修改命名 / Update a designation",
            description = "修改名称、备注，或变更状态（NOMINATED→ACTIVE→REVOKED）。 / Changes title or remarks, or moves the status NOMINATED→ACTIVE→REVOKED.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateDesignationRequest.class),
            examples = @ExampleObject(name = "撤销 / revoke", value = "{\"status\":\"REVOKED\",\"remarks\":\"复查未通过\"}")))
    @APIResponse(responseCode = "200", description = "修改后的命名 / The updated designation",
            content = @Content(schema = @Schema(implementation = DesignationView.class)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateDesignationRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        Designation designation = designationService.update(id, request.toCommand(), ifMatch);
        return Responses.ok(DesignationView.of(designation), designation.version);
    }

    @Schema(name = "DesignationPage", description = "一页命名 / A page of designations")
    public record DesignationPage(List<DesignationView> items,
                                  @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
