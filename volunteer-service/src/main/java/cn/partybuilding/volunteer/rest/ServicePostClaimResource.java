package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.id.ValidId;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.volunteer.rest.dto.ClaimView;
import cn.partybuilding.volunteer.service.PostService;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Claims of service posts as a collection paged like every other; it replaces the post's unpaged array. */
@Path("/v1/service-post-claims")
@Tag(name = "Service posts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ServicePostClaimResource {

    @Inject
    PostService postService;

    @GET
    @Operation(operationId = "listClaimsByServicePost", summary = "认领情况 / Claims of a post",
            description = "一个服务岗的认领，按党员编号分页：社区看到全部认领，其他人看到其范围内的认领。"
                    + " / A post's claims, paged in member id order: the community sees every claim, others the claims in their scope.")
    @APIResponse(responseCode = "200", description = "一页认领 / A page of claims",
            content = @Content(schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "404", description = "服务岗不存在或不在调用方范围内 / The post does not exist or is outside the caller's scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<ClaimView> list(
            @QueryParam("postId") @NotNull @ValidId @Parameter(description = "服务岗 / The post", required = true) String postId,
            @Valid @BeanParam PageParams page) {
        return postService.claims(postId, page).map(ClaimView::of);
    }

    @Schema(name = "ServicePostClaimPage", description = "一页认领 / A page of claims")
    public record ClaimPage(List<ClaimView> items,
                            @Schema(description = "下一页游标，最后一页无此字段 / Next cursor, absent on the last page") String nextCursor) {
    }
}
