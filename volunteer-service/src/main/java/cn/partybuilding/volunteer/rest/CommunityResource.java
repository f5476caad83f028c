package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.volunteer.domain.Community;
import cn.partybuilding.volunteer.rest.dto.CreateCommunityRequest;
import cn.partybuilding.volunteer.rest.dto.UpdateCommunityRequest;
import cn.partybuilding.volunteer.rest.dto.CommunityView;
import cn.partybuilding.volunteer.service.CommunityService;
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

@Path("/v1/communities")
@Tag(name = "Communities", description = "社区：双报到的服务对象 / Residential communities that organizations and members serve")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class CommunityResource {

    @Inject
    CommunityService communityService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(Role.SYSTEM_ADMIN)
    @Operation(operationId = "createCommunity", summary = "登记社区 / Register a community",
            description = "系统管理员登记社区；同一区内社区名称唯一。社区工作人员的令牌以 communityId 声明代表社区。"
                    + " / The system administrator registers a community; names are unique within a district. Staff tokens act for a community through the communityId claim.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateCommunityRequest.class),
            examples = @ExampleObject(name = "社区 / community", value = """
                    {"name":"八大湖街道延安路社区","district":"市南区","street":"八大湖街道","address":"青岛市市南区延安路 126 号",
                     "contactName":"社区党委书记 刘红","contactPhone":"0532-82861234"}""")))
    @APIResponse(responseCode = "201", description = "已登记 / Registered", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "409", description = "同名社区已存在 / Name taken", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateCommunityRequest request) {
        Community community = communityService.create(request.toCommand());
        return Responses.created(uriInfo, community.id, CommunityView.of(community), community.version);
    }

    @GET
    @Operation(operationId = "listCommunities", summary = "查询社区 / List communities", description = "按区和名称筛选；所有已登录用户可见。 / Filtered by district and name; visible to every signed-in caller.")
    @APIResponse(responseCode = "200", description = "一页社区 / A page of communities", content = @Content(schema = @Schema(implementation = CommunityPage.class)))
    public Page<CommunityView> list(
            @QueryParam("district") @Size(max = 50) @Parameter(description = "区（市） / District") String district,
            @QueryParam("name") @Size(max = 100) @Parameter(description = "名称包含 / Name contains") String name,
            @Valid @BeanParam PageParams page) {
        return communityService.list(district, name, page).map(CommunityView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommunity", summary = "读取社区 / Get a community", description = "社区的名称、地址与联系方式。 / The community's name, address and contact.")
    @APIResponse(responseCode = "200", description = "社区 / The community", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        Community community = communityService.get(id);
        return Responses.ok(CommunityView.of(community), community.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.COMMUNITY_STAFF})
    @Operation(operationId = "updateCommunity", summary = "修改社区 / Update a community", description = "系统管理员或本社区工作人员修改；支持 If-Match。 / By the system administrator or the community's staff; honours If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateCommunityRequest.class),
            examples = @ExampleObject(name = "联系人 / contact", value = "{\"contactName\":\"社区党委副书记 孙伟\"}")))
    @APIResponse(responseCode = "200", description = "修改后的社区 / The updated community", content = @Content(schema = @Schema(implementation = CommunityView.class)))
    @APIResponse(responseCode = "409", description = "同名社区已存在 / Name taken", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateCommunityRequest request, @HeaderParam("If-Match") String ifMatch) {
        Community community = communityService.update(id, request.toCommand(), ifMatch);
        return Responses.ok(CommunityView.of(community), community.version);
    }

    @Schema(name = "CommunityPage", description = "一页社区 / A page of communities")
    public record CommunityPage(List<CommunityView> items,
                                @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
