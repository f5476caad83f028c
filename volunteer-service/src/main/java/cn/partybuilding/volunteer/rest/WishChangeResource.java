package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.changes.Change;
import cn.partybuilding.common.changes.ChangeFeedDocs;
import cn.partybuilding.common.changes.ChangeKind;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.volunteer.domain.Resident;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.rest.dto.WishView;
import cn.partybuilding.volunteer.service.VolunteerChangeFeeds;
import cn.partybuilding.volunteer.service.WishService;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/wishes/changes")
@Tag(name = "Wishes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.API_CLIENT, Role.COMMUNITY_STAFF})
public class WishChangeResource {

    @Inject
    VolunteerChangeFeeds feeds;

    @Inject
    WishService wishService;

    @GET
    @Operation(operationId = "listWishChanges", summary = "微心愿变更 / Wish changes", description = "与查询微心愿相同，所有心愿；居民信息仅社区与认领者可见，显示即记入审计。 / Every wish, as the list shows them; the resident only to the community and the claimer, and showing it is audited. " + ChangeFeedDocs.RECIPE)
    @APIResponse(responseCode = "200", description = "一页变更 / A page of changes",
            content = @Content(schema = @Schema(implementation = WishChangePage.class), examples = {
                    @ExampleObject(name = "起点 / start", value = """
                            {"items":[],"nextSince":"YzEud2lzaGVzLjQyMTcuMTc5NjEwMjQwMA"}"""),
                    @ExampleObject(name = "变更 / changes", value = """
                            {"items":[{"kind":"UPSERT","id":"01JE1C7M9N2Q4R6S8T0V3W5X8D","version":3,"changedAt":"2026-11-30T10:15:04.123456+08:00"},
                              {"kind":"DELETE","id":"01JE1C7M9N2Q4R6S8T0V3W5X8D","version":3,"changedAt":"2026-11-30T10:16:10.5+08:00"}],
                             "nextSince":"YzEud2lzaGVzLjQyMjAuMTc5NjEwMjQ2MA"}""")}))
    @APIResponse(responseCode = "400", description = ChangeFeedDocs.BAD_TOKEN,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = ChangeFeedDocs.GONE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangePage<WishView> changes(@Valid @BeanParam ChangeParams params) {
        ChangePage<Wish> changes = feeds.wishes(params);
        Map<String, Resident> residents = wishService.visibleResidents(
                changes.items().stream().map(Change::resource).filter(Objects::nonNull).toList());
        return changes.map(wish -> WishView.of(wish, Optional.ofNullable(residents.get(wish.id)), wishService.mayKnowClaimer(wish)));
    }

    @Schema(name = "WishChangePage", requiredProperties = {"items", "nextSince"}, description = "一页微心愿变更 / A page of wish changes")
    public record WishChangePage(List<WishChange> items,
                                 @Schema(description = "下次调用的 since，总是存在 / The since of the next call; always present") String nextSince) {
    }

    @Schema(name = "WishChange", requiredProperties = {"kind", "id", "changedAt"}, description = "一次变更 / One change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WishChange(ChangeKind kind,
                              @Schema(description = "资源编号 / The resource's id") String id,
                              @Schema(description = "这次变更后的版本（ETag），删除时为删除前的版本 / The version this change left; for a delete, the version deleted") Long version,
                              @Schema(description = "变更时间 / When it changed") Instant changedAt,
                              @Schema(description = "资源的当前内容，仅在它的最新一次变更上出现 / The resource as it is now, only on its latest change") WishView resource) {
    }
}
