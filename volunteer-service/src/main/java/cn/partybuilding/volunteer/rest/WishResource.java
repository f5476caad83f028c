package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.common.problem.Problem.MEDIA_TYPE;

import cn.partybuilding.common.http.Responses;
import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.security.Scope;
import cn.partybuilding.volunteer.domain.Resident;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.domain.WishStatus;
import cn.partybuilding.volunteer.rest.dto.ClaimWishRequest;
import cn.partybuilding.volunteer.rest.dto.CreateWishRequest;
import cn.partybuilding.volunteer.rest.dto.FulfilWishRequest;
import cn.partybuilding.volunteer.rest.dto.WishView;
import cn.partybuilding.volunteer.service.ClaimWish;
import cn.partybuilding.volunteer.service.WishService;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wishes")
@Tag(name = "Wishes", description = "微心愿：群众许愿、党员领愿、党组织圆愿 / Residents' micro-wishes: published, claimed, fulfilled")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class WishResource {

    private static final String CONFLICT = "状态不允许 / Not allowed in the wish's status";

    @Inject
    WishService wishService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.COMMUNITY_STAFF})
    @Operation(operationId = "createWish", summary = "发布微心愿（许愿） / Publish a wish",
            description = "社区工作人员为居民发布心愿。标题和描述公开展示，不得含手机号或身份证号；居民姓名和电话加密保存，仅社区和认领者可见。"
                    + " / Community staff publish a resident's wish. Title and description are public and may not hold phone or ID numbers; the resident's name and phone are encrypted and shown only to the community and the claimer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateWishRequest.class),
            examples = @ExampleObject(name = "陪同取药 / medicine", value = """
                    {"title":"独居老人希望有人每周陪同去医院取药","description":"老人腿脚不便，每周三上午需要到社区卫生服务中心取药。",
                     "category":"ELDERLY_CARE","resident":{"name":"王桂兰","phone":"13812345678"}}""")))
    @APIResponse(responseCode = "201", description = "已发布 / Published", content = @Content(schema = @Schema(implementation = WishView.class)))
    @APIResponse(responseCode = "422", description = "社区不存在或不是本社区 / Community not found or not yours", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateWishRequest request) {
        Wish wish = wishService.create(request.toCommand());
        return Responses.created(uriInfo, wish.id, view(wish), wish.version);
    }

    @GET
    @Operation(operationId = "listWishes", summary = "查询微心愿 / List wishes",
            description = "所有已登录用户可查（不含居民信息）；mine=true 为本人认领的心愿，claimerOrganizationId 为某组织及下级认领的心愿。"
                    + " / Every signed-in caller, without the resident; mine=true lists the caller's claims, claimerOrganizationId a subtree's claims.")
    @APIResponse(responseCode = "200", description = "一页心愿 / A page of wishes", content = @Content(schema = @Schema(implementation = WishPage.class)))
    public Page<WishView> list(
            @QueryParam("communityId") @ValidId @Size(max = 26) @Parameter(description = "社区 / Community") String communityId,
            @QueryParam("status") @Parameter(description = "状态 / Status") WishStatus status,
            @QueryParam("mine") @Parameter(description = "本人认领的 / Claimed by the caller") Boolean mine,
            @QueryParam("claimerOrganizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及下级认领的 / Claimed within this subtree") String claimerOrganizationId,
            @Valid @BeanParam PageParams page) {
        Page<Wish> wishes = wishService.list(communityId, status, Boolean.TRUE.equals(mine), claimerOrganizationId, page);
        Map<String, Resident> residents = wishService.visibleResidents(wishes.items());
        return wishes.map(wish -> WishView.of(wish, Optional.ofNullable(residents.get(wish.id)), wishService.mayKnowClaimer(wish)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWish", summary = "读取微心愿 / Get a wish", description = "社区与认领者可看到居民信息。 / The community and the claimer see the resident.")
    @APIResponse(responseCode = "200", description = "心愿 / The wish", content = @Content(schema = @Schema(implementation = WishView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        Wish wish = wishService.get(id);
        return Responses.ok(view(wish), wish.version);
    }

    @POST
    @Path("/{id}/claim")
    @RolesAllowed({Role.MEMBER, Role.SECRETARY, Role.ORG_ADMIN, Role.SYSTEM_ADMIN, Scope.VOLUNTEER_WRITE})
    @Operation(operationId = "claimWish", summary = "领愿 / Claim a wish",
            description = "党员本人领愿（无需请求体），或组织管理员、书记以组织名义领愿（organizationId）。并发领愿只有一个成功，其余 409。"
                    + " / A member claims for themself (no body), or an organization's managers claim for it (organizationId). Of parallel claims exactly one succeeds; the others get 409.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimWishRequest.class),
            examples = {@ExampleObject(name = "党员领愿 / member", value = "{}"),
                        @ExampleObject(name = "党组织领愿 / organization", value = "{\"organizationId\":\"01JDZ9Y4K3M8Q2W6E5R7T1V0XA\"}")}))
    @APIResponse(responseCode = "200", description = "已领愿 / Claimed", content = @Content(schema = @Schema(implementation = WishView.class)))
    @APIResponse(responseCode = "409", description = "已被他人认领或已撤回 / Claimed by someone else, or withdrawn", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = "branch-service 不可用 / branch-service unavailable", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "502", description = "branch-service 出错 / branch-service failed (BRANCH_SERVICE_ERROR)", content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response claim(@PathParam("id") @ValidId String id, @Valid ClaimWishRequest request) {
        // no body: the calling member claims for themself
        Wish wish = wishService.claim(id, request == null ? ClaimWish.BY_CALLER : request.toCommand());
        return Responses.ok(view(wish), wish.version);
    }

    @POST
    @Path("/{id}/fulfilment")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.MEMBER, Role.COMMUNITY_STAFF, Scope.VOLUNTEER_WRITE})
    @Operation(operationId = "fulfilWish", summary = "圆愿 / Fulfil a wish", description = "认领者说明如何完成心愿，等待社区确认。 / The claimer says what was done; the community confirms next.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FulfilWishRequest.class),
            examples = @ExampleObject(name = "圆愿 / fulfilled", value = "{\"note\":\"已连续四周陪同老人取药，并帮助预约了家庭医生。\"}")))
    @APIResponse(responseCode = "200", description = "已圆愿 / Fulfilled", content = @Content(schema = @Schema(implementation = WishView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response fulfil(@PathParam("id") @ValidId String id, @NotNull @Valid FulfilWishRequest request) {
        Wish wish = wishService.fulfil(id, request.toCommand());
        return Responses.ok(view(wish), wish.version);
    }

    @POST
    @Path("/{id}/confirmation")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.COMMUNITY_STAFF})
    @Operation(operationId = "confirmWish", summary = "社区确认圆愿 / Confirm a fulfilled wish", description = "社区确认心愿已圆，无需请求体。 / The community confirms the wish came true; no body.")
    @APIResponse(responseCode = "200", description = "已确认 / Confirmed", content = @Content(schema = @Schema(implementation = WishView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response confirm(@PathParam("id") @ValidId String id) {
        Wish wish = wishService.confirm(id);
        return Responses.ok(view(wish), wish.version);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.COMMUNITY_STAFF})
    @Operation(operationId = "withdrawWish", summary = "撤回心愿 / Withdraw a wish", description = "社区撤回尚未被认领的心愿，无需请求体。 / The community withdraws a wish nobody has claimed; no body.")
    @APIResponse(responseCode = "200", description = "已撤回 / Withdrawn", content = @Content(schema = @Schema(implementation = WishView.class)))
    @APIResponse(responseCode = "409", description = CONFLICT, content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response withdraw(@PathParam("id") @ValidId String id) {
        Wish wish = wishService.withdraw(id);
        return Responses.ok(view(wish), wish.version);
    }

    /** The wish as the caller may see it: the service decides whether the resident and the claimer show. */
    private WishView view(Wish wish) {
        return WishView.of(wish, wishService.visibleResident(wish), wishService.mayKnowClaimer(wish));
    }

    @Schema(name = "WishPage", description = "一页心愿 / A page of wishes")
    public record WishPage(List<WishView> items,
                           @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
