package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.OrganizationWithLeaders;
import cn.partybuilding.branch.domain.OrganizationType;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.rest.dto.CreateOrganizationRequest;
import cn.partybuilding.branch.rest.dto.MemberView;
import cn.partybuilding.branch.rest.dto.MoveOrganizationRequest;
import cn.partybuilding.branch.rest.dto.OrganizationView;
import cn.partybuilding.branch.rest.dto.StructureCheckView;
import cn.partybuilding.branch.rest.dto.UpdateOrganizationRequest;
import cn.partybuilding.branch.service.MemberService;
import cn.partybuilding.branch.service.OrganizationService;
import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.IdList;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
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
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/organizations")
@Tag(name = "Organizations", description = "党组织：机关工委、机关党委、党总支、党支部、党小组 / Party organizations and their tree")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class OrganizationResource {

    private static final String ORGANIZATION_EXAMPLE = """
            {"code":"QD-FGW-03","name":"市发展和改革委员会机关第三党支部","type":"BRANCH",
             "parentId":"01JDZ9Y4K3M8Q2W6E5R7T1V0X1","unitName":"青岛市发展和改革委员会","temporary":false,
             "functional":false,"establishedOn":"2019-07-01"}""";

    @Inject
    OrganizationService organizationService;

    @Inject
    MemberService memberService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "createOrganization", summary = "新建党组织 / Create an organization",
            description = "在调用方管理范围内的上级组织下新建组织；顶级组织只能由系统管理员创建。组织编码全局唯一。"
                    + "层级规则：党小组只能设在党支部下，党支部设在机关工委、机关党委或党总支下。"
                    + " / Creates an organization under a parent within the caller's subtree; only system administrators create roots. "
                    + "Codes are unique. Hierarchy: party groups stand under branches; branches under committees or general branches.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateOrganizationRequest.class),
            examples = @ExampleObject(name = "党支部 / a branch", value = ORGANIZATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "已创建；Location 指向新组织 / Created; Location names it",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "409", description = "组织编码已存在 / The code is taken (ORGANIZATION_CODE_TAKEN)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "上级不存在或层级不合规 / Parent not found or hierarchy invalid (PARENT_NOT_FOUND, INVALID_HIERARCHY)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateOrganizationRequest request) {
        Organization created = organizationService.create(request.toCommand());
        return Responses.created(uriInfo, created.id, OrganizationView.of(created), created.version);
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "查询党组织 / List organizations",
            description = "按上级、类型、名称、下级树或编号批量查询调用方范围内的组织，游标分页，按创建顺序。"
                    + "其他服务可用 ids 批量取组织路径（ancestorIds）。"
                    + " / Lists organizations within the caller's subtree, filtered by parent, type, name, subtree or ids; "
                    + "cursor-paged in creation order. Other services fetch organization paths (ancestorIds) in batches with ids.")
    @APIResponse(responseCode = "200", description = "一页组织 / A page of organizations",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    @APIResponse(responseCode = "422", description = "subtreeOf 的组织不存在或不在范围内 / The subtreeOf organization was not found or is outside the caller's subtree (ORGANIZATION_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<OrganizationView> list(
            @QueryParam("parentId") @ValidId @Size(max = 26) @Parameter(description = "直接上级 / Direct parent id") String parentId,
            @QueryParam("type") @Parameter(description = "组织类型 / Type") OrganizationType type,
            @QueryParam("q") @Size(min = 1, max = 100) @Parameter(description = "名称包含 / Name contains") String q,
            @QueryParam("subtreeOf") @ValidId @Size(max = 26) @Parameter(description = "只看此组织的下级树（含自身） / Only this organization's subtree, itself included") String subtreeOf,
            @QueryParam("ids") @Size(max = 5600) @Parameter(description = "编号列表，逗号分隔，最多 200 个 / Comma-separated ids, at most 200") String ids,
            @Valid @BeanParam PageParams page) {
        return organizationService.list(parentId, type, q, subtreeOf, IdList.parse(ids), page).map(OrganizationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "读取党组织 / Get an organization",
            description = "返回组织、组织路径（ancestorIds）和各职务负责人；ETag 为当前版本。"
                    + " / Returns the organization, its path (ancestorIds) and its leaders by post; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "组织 / The organization",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        OrganizationWithLeaders organization = organizationService.get(id);
        return Responses.ok(OrganizationView.of(organization), organization.organization().version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "updateOrganization", summary = "修改党组织 / Update an organization",
            description = "只修改请求中出现的字段。带 If-Match 时，版本已变则 412。"
                    + " / Changes only the fields present. With If-Match, a changed version answers 412.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateOrganizationRequest.class),
            examples = @ExampleObject(name = "改名 / rename", value = "{\"name\":\"市发展和改革委员会机关综合党支部\"}")))
    @APIResponse(responseCode = "200", description = "修改后的组织 / The updated organization",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateOrganizationRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        Organization updated = organizationService.update(id, request.toCommand(), ifMatch);
        return Responses.ok(OrganizationView.of(updated), updated.version);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "deleteOrganization", summary = "删除党组织 / Delete an organization",
            description = "只能删除没有下级组织、没有党员、没有转接/评定/命名记录的组织。"
                    + " / Only an organization without children, members, or transfer/rating/designation records can be deleted.")
    @APIResponse(responseCode = "204", description = "已删除 / Deleted")
    public Response delete(@PathParam("id") @ValidId String id, @HeaderParam("If-Match") String ifMatch) {
        organizationService.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "moveOrganization", summary = "移动党组织 / Move an organization",
            description = "把组织连同整个下级树移到新的上级之下（一次更新完成）。不能移到自身下级之下。"
                    + " / Moves the organization and its whole subtree under a new parent, in one update. It cannot move under its own descendants.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MoveOrganizationRequest.class),
            examples = @ExampleObject(name = "移动 / move", value = "{\"parentId\":\"01JDZ9Y4K3M8Q2W6E5R7T1V0X0\"}")))
    @APIResponse(responseCode = "200", description = "移动后的组织 / The moved organization",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    public Response move(@PathParam("id") @ValidId String id, @NotNull @Valid MoveOrganizationRequest request,
                         @HeaderParam("If-Match") String ifMatch) {
        Organization moved = organizationService.move(id, request.toCommand(), ifMatch);
        return Responses.ok(OrganizationView.of(moved), moved.version);
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listChildOrganizations", summary = "直接下级组织 / Children",
            description = "组织的直接下级，游标分页。 / The organization's direct children, cursor-paged.")
    @APIResponse(responseCode = "200", description = "一页下级组织 / A page of children",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    public Page<OrganizationView> children(@PathParam("id") @ValidId String id, @Valid @BeanParam PageParams page) {
        return organizationService.children(id, page).map(OrganizationView::of);
    }

    @GET
    @Path("/{id}/members")
    @Operation(operationId = "listOrganizationMembers", summary = "组织下的党员 / Members of a subtree",
            description = "该组织及其全部下级组织中的党员，可按状态、职务、姓名筛选，游标分页；个人信息按角色脱敏。"
                    + " / Members of the organization and all its descendants, filtered by status, post or name, cursor-paged; personal data masked by role.")
    @APIResponse(responseCode = "200", description = "一页党员 / A page of members",
            content = @Content(schema = @Schema(implementation = MemberResource.MemberPage.class)))
    public Page<MemberView> members(@PathParam("id") @ValidId String id,
                                    @QueryParam("status") @Parameter(description = "党员状态 / Status") MemberStatus status,
                                    @QueryParam("post") @Parameter(description = "职务 / Post") Post post,
                                    @QueryParam("q") @Size(min = 1, max = 50) @Parameter(description = "姓名包含 / Name contains") String q,
                                    @Valid @BeanParam PageParams page) {
        return memberService.membersOf(id, status, post, q, page).map(MemberView::of);
    }

    @GET
    @Path("/{id}/structure-check")
    @Operation(operationId = "checkOrganizationStructure", summary = "党支部设置检查 / Structure check",
            description = "检查下级树中的每个党支部：正式党员少于 3 人、党员超过 50 人、正式党员 7 人以上未设支委会（少于 3 名委员）（rules）；"
                    + "支委会超过 7 人、正式党员不足 7 人却设委员（committeeRules）。一条集合查询完成。依据见 RULES.md。"
                    + " / Checks every branch of the subtree: fewer than 3 full members, more than 50 members, "
                    + "or 7+ full members without a committee (fewer than 3 committee members) (rules); a committee of more than 7, "
                    + "or 委员 posts in a branch of fewer than 7 full members (committeeRules). One set-based query. Sources in RULES.md.")
    @APIResponse(responseCode = "200", description = "检查结果 / The findings",
            content = @Content(schema = @Schema(implementation = StructureCheckView.class)))
    public StructureCheckView structureCheck(@PathParam("id") @ValidId String id) {
        return StructureCheckView.of(organizationService.structureCheck(id));
    }

    /** The page schema with its item type, for the OpenAPI document. */
    @Schema(name = "OrganizationPage", description = "一页组织 / A page of organizations")
    public record OrganizationPage(java.util.List<OrganizationView> items,
                                   @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
