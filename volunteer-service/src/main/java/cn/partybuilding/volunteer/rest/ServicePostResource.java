package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.http.Sunset;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.domain.PostStatus;
import cn.partybuilding.volunteer.domain.ServicePost;
import cn.partybuilding.volunteer.rest.dto.ClaimView;
import cn.partybuilding.volunteer.rest.dto.CreateServicePostRequest;
import cn.partybuilding.volunteer.rest.dto.PostView;
import cn.partybuilding.volunteer.rest.dto.UpdateServicePostRequest;
import cn.partybuilding.volunteer.service.PostService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/service-posts")
@Tag(name = "Service posts", description = "社区服务岗：发布与认领 / Community service posts and claims")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ServicePostResource {

    @Inject
    PostService postService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.COMMUNITY_STAFF})
    @Operation(operationId = "createServicePost", summary = "发布服务岗 / Publish a service post",
            description = "社区工作人员为本社区发布服务岗（类别、说明、名额、服务期）。 / Community staff publish a post for their community: category, description, capacity and period.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateServicePostRequest.class),
            examples = @ExampleObject(name = "环境整治 / environment", value = """
                    {"title":"周末楼道环境整治岗","category":"ENVIRONMENT","description":"每周六上午 9:00–11:00 清理楼道堆积物，张贴文明宣传画。",
                     "capacity":5,"startDate":"2026-12-01","endDate":"2027-02-28"}""")))
    @APIResponse(responseCode = "201", description = "已发布 / Published", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "422", description = "社区不存在或不是本社区 / Community not found or not yours", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateServicePostRequest request) {
        ServicePost post = postService.create(request.toCommand());
        return Responses.created(uriInfo, post.id, PostView.of(post), post.version);
    }

    @GET
    @Operation(operationId = "listServicePosts", summary = "查询服务岗 / List service posts", description = "所有已登录用户可查，按社区、类别、状态筛选。 / Every signed-in caller; filtered by community, category and status.")
    @APIResponse(responseCode = "200", description = "一页服务岗 / A page of posts", content = @Content(schema = @Schema(implementation = PostPage.class)))
    public Page<PostView> list(
            @QueryParam("communityId") @ValidId @Size(max = 26) @Parameter(description = "社区 / Community") String communityId,
            @QueryParam("category") @Parameter(description = "类别 / Category") PostCategory category,
            @QueryParam("status") @Parameter(description = "状态 / Status") PostStatus status,
            @Valid @BeanParam PageParams page) {
        return postService.list(communityId, category, status, page).map(PostView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getServicePost", summary = "读取服务岗 / Get a service post", description = "含名额与剩余名额。 / With its capacity and the places left.")
    @APIResponse(responseCode = "200", description = "服务岗 / The post", content = @Content(schema = @Schema(implementation = PostView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        ServicePost post = postService.get(id);
        return Responses.ok(PostView.of(post), post.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.COMMUNITY_STAFF})
    @Operation(operationId = "updateServicePost", summary = "修改或关闭服务岗 / Update or close a post",
            description = "本社区工作人员修改说明、名额（不少于已认领人数）、结束日期，或关闭（CLOSED）；支持 If-Match。"
                    + " / The community's staff change the description, capacity (not below the claims) or last day, or close it; honours If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateServicePostRequest.class),
            examples = @ExampleObject(name = "扩容 / more places", value = "{\"capacity\":8}")))
    @APIResponse(responseCode = "200", description = "修改后的服务岗 / The updated post", content = @Content(schema = @Schema(implementation = PostView.class)))
    @APIResponse(responseCode = "409", description = "名额少于已认领人数 / Capacity below claims", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateServicePostRequest request, @HeaderParam("If-Match") String ifMatch) {
        ServicePost post = postService.update(id, request.toCommand(), ifMatch);
        return Responses.ok(PostView.of(post), post.version);
    }

    @POST
    @Path("/{id}/claims")
    @RolesAllowed({Role.MEMBER, Role.SECRETARY})
    @Operation(operationId = "claimServicePost", summary = "认领服务岗 / Claim a post",
            description = "党员本人认领，直到名额用完；并发认领不会超过名额，同一党员只能认领一次。不需要请求体。"
                    + " / The calling member takes a place until none is left; parallel claims never pass the capacity, and a member claims once. No body.")
    @APIResponse(responseCode = "201", description = "已认领 / Claimed", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "名额已满、已认领或已关闭 / Full, already claimed or closed", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用 / branch-service unavailable", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response claim(@PathParam("id") @ValidId String id) {
        ClaimView claim = ClaimView.of(postService.claim(id));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(claim.memberId()).build()).entity(claim).build();
    }

    @GET
    @Path("/{id}/claims")
    @Deprecated
    @Sunset(deprecated = "2026-12-02", date = "2027-06-30", successor = "/v1/service-post-claims")
    @Operation(operationId = "listServicePostClaims", summary = "认领情况（已弃用） / Claims of a post (deprecated)", description = "社区看到全部认领；其他人看到其范围内的认领。"
            + "已弃用：不分页；请改用 GET /v1/service-post-claims?postId=（分页）。2027-06-30 之后可能在 /v2 中移除。"
            + " / The community sees every claim; others the claims in their scope. "
            + "Deprecated: unpaged; use GET /v1/service-post-claims?postId= (paged). It may go in /v2 after 2027-06-30.")
    @APIResponse(responseCode = "200", description = "认领 / Claims", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ClaimView.class)))
    public List<ClaimView> claims(@PathParam("id") @ValidId String id) {
        return postService.claims(id).stream().map(ClaimView::of).toList();
    }

    @DELETE
    @Path("/{id}/claims/{memberId}")
    @Operation(operationId = "withdrawServicePostClaim", summary = "退出认领 / Give a place back", description = "党员本人或社区撤销认领，名额释放。 / The member or the community withdraws a claim; the place is free again.")
    @APIResponse(responseCode = "204", description = "已撤销 / Withdrawn")
    public void withdrawClaim(@PathParam("id") @ValidId String id, @PathParam("memberId") @ValidId String memberId) {
        postService.withdrawClaim(id, memberId);
    }

    @Schema(name = "ServicePostPage", description = "一页服务岗 / A page of posts")
    public record PostPage(List<PostView> items,
                           @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
