package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.domain.RatingStatus;
import cn.partybuilding.branch.domain.StarLevel;
import cn.partybuilding.branch.domain.StarRating;
import cn.partybuilding.branch.rest.dto.CreateStarRatingRequest;
import cn.partybuilding.branch.rest.dto.StarRatingView;
import cn.partybuilding.branch.rest.dto.UpdateStarRatingRequest;
import cn.partybuilding.branch.service.StarRatingService;
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

@Path("/v1/star-ratings")
@Tag(name = "Star ratings", description = "星级党支部评定 / Star ratings of branches")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class StarRatingResource {

    @Inject
    StarRatingService ratingService;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "createStarRating", summary = "发布星级评定 / Publish a star rating",
            description = "为党支部或党总支发布某年度的星级评定，进入公示（PUBLIC_NOTICE）。每个组织每年一条。"
                    + " / Publishes a branch's star rating for a year under public notice. One per organization and year.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateStarRatingRequest.class),
            examples = @ExampleObject(name = "五星级 / five stars", value = """
                    {"organizationId":"01JDZ9Y4K3M8Q2W6E5R7T1V0XA","year":2026,"level":"FIVE","score":92.5,
                     "evaluator":"市委市直机关工委","noticeStart":"2026-12-01","noticeEnd":"2026-12-07","remarks":"五星级示范党支部"}""")))
    @APIResponse(responseCode = "201", description = "已发布 / Published",
            content = @Content(schema = @Schema(implementation = StarRatingView.class)))
    @APIResponse(responseCode = "409", description = "该年度已有评定 / A rating exists for that year (RATING_EXISTS)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "422", description = "组织不存在或不参加评定 / Organization not found or not ratable",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response create(@NotNull @Valid CreateStarRatingRequest request) {
        StarRating rating = ratingService.create(request.toCommand());
        return Responses.created(uriInfo, rating.id, StarRatingView.of(rating), rating.version);
    }

    @GET
    @Operation(operationId = "listStarRatings", summary = "查询星级评定 / List star ratings",
            description = "按组织下级树、年度、星级、状态筛选，游标分页。 / Filtered by organization subtree, year, level and status; cursor-paged.")
    @APIResponse(responseCode = "200", description = "一页评定 / A page of ratings",
            content = @Content(schema = @Schema(implementation = StarRatingPage.class)))
    @APIResponse(responseCode = "422", description = "筛选的组织不存在或不在范围内 / The organization filtered by was not found or is outside the caller's subtree (ORGANIZATION_NOT_FOUND)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<StarRatingView> list(
            @QueryParam("organizationId") @ValidId @Size(max = 26) @Parameter(description = "该组织及其下级 / This organization's subtree") String organizationId,
            @QueryParam("year") @Min(2000) @Max(2100) @Parameter(description = "年度 / Year") Integer year,
            @QueryParam("level") @Parameter(description = "星级 / Level") StarLevel level,
            @QueryParam("status") @Parameter(description = "状态 / Status") RatingStatus status,
            @Valid @BeanParam PageParams page) {
        return ratingService.list(organizationId, year, level, status, page).map(StarRatingView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStarRating", summary = "读取星级评定 / Get a star rating", description = "ETag 为当前版本。 / The ETag is its version.")
    @APIResponse(responseCode = "200", description = "评定 / The rating",
            content = @Content(schema = @Schema(implementation = StarRatingView.class)))
    public Response get(@PathParam("id") @ValidId String id) {
        StarRating rating = ratingService.get(id);
        return Responses.ok(StarRatingView.of(rating), rating.version);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Scope.ORGANIZATIONS_WRITE})
    @Operation(operationId = "updateStarRating", summary = "修正或确定星级评定 / Correct, finalize or withdraw a rating",
            description = "公示中的评定可以修正；公示期满后可改为 FINAL；公示中可撤回（WITHDRAWN）。已确定或已撤回的评定不再变化。"
                    + " / A rating under notice can be corrected; after the notice period it can become FINAL; under notice it can be WITHDRAWN. "
                    + "Final and withdrawn ratings do not change.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateStarRatingRequest.class),
            examples = @ExampleObject(name = "确定 / finalize", value = "{\"status\":\"FINAL\"}")))
    @APIResponse(responseCode = "200", description = "修改后的评定 / The updated rating",
            content = @Content(schema = @Schema(implementation = StarRatingView.class)))
    public Response update(@PathParam("id") @ValidId String id, @NotNull @Valid UpdateStarRatingRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        StarRating rating = ratingService.update(id, request.toCommand(), ifMatch);
        return Responses.ok(StarRatingView.of(rating), rating.version);
    }

    @Schema(name = "StarRatingPage", description = "一页星级评定 / A page of star ratings")
    public record StarRatingPage(List<StarRatingView> items,
                                 @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
