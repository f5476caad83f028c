package cn.partybuilding.assessment.rest;

import cn.partybuilding.assessment.rest.dto.RectificationView;
import cn.partybuilding.assessment.service.DutyChangeFeeds;
import cn.partybuilding.common.changes.ChangeFeedDocs;
import cn.partybuilding.common.changes.ChangeKind;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.common.time.ChinaTime;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/rectifications/changes")
@Tag(name = "Rectifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.API_CLIENT})
public class RectificationChangeResource {

    @Inject
    DutyChangeFeeds feeds;

    @GET
    @Operation(operationId = "listRectificationChanges", summary = "整改事项变更 / Rectification changes",
            description = "本组织及下级的整改事项的变更（含完成报告与回头看）。 / Changes of the rectification items in the caller's subtree, reports of completion and reviews included. "
                    + ChangeFeedDocs.RECIPE)
    @APIResponse(responseCode = "200", description = "一页变更 / A page of changes",
            content = @Content(schema = @Schema(implementation = RectificationChangePage.class), examples = {
                    @ExampleObject(name = "起点 / start", value = """
                            {"items":[],"nextSince":"YzEucmVjdGlmaWNhdGlvbnMuNDIxNy4xNzk2MTAyNDAw"}""")}))
    @APIResponse(responseCode = "400", description = ChangeFeedDocs.BAD_TOKEN,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = ChangeFeedDocs.GONE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangePage<RectificationView> changes(@Valid @BeanParam ChangeParams params) {
        return feeds.rectifications(params).map(item -> RectificationView.of(item, ChinaTime.today(), null));
    }

    @Schema(name = "RectificationChangePage", requiredProperties = {"items", "nextSince"}, description = "一页整改事项变更 / A page of rectification changes")
    public record RectificationChangePage(List<RectificationChange> items,
                                       @Schema(description = "下次调用的 since，总是存在 / The since of the next call; always present") String nextSince) {
    }

    @Schema(name = "RectificationChange", requiredProperties = {"kind", "id", "changedAt"}, description = "一次变更 / One change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RectificationChange(ChangeKind kind,
                                   @Schema(description = "资源编号 / The resource's id") String id,
                                   @Schema(description = "这次变更后的版本（ETag） / The version this change left") Long version,
                                   @Schema(description = "变更时间 / When it changed") Instant changedAt,
                                   @Schema(description = "资源的当前内容，仅在它的最新一次变更上出现 / The resource as it is now, only on its latest change") RectificationView resource) {
    }
}
