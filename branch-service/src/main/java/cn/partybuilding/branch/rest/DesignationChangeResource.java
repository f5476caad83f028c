package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.rest.dto.DesignationView;
import cn.partybuilding.branch.service.BranchChangeFeeds;
import cn.partybuilding.common.changes.ChangeFeedDocs;
import cn.partybuilding.common.changes.ChangeKind;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.security.Role;
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

@Path("/v1/designations/changes")
@Tag(name = "Designations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.API_CLIENT})
public class DesignationChangeResource {

    @Inject
    BranchChangeFeeds feeds;

    @GET
    @Operation(operationId = "listDesignationChanges", summary = "命名变更 / Designation changes", description = "系统管理员看全部，其他角色看本组织及下级的命名。 / System administrators see every designation, other roles their subtree's. " + ChangeFeedDocs.RECIPE)
    @APIResponse(responseCode = "200", description = "一页变更 / A page of changes",
            content = @Content(schema = @Schema(implementation = DesignationChangePage.class), examples = {
                    @ExampleObject(name = "起点 / start", value = """
                            {"items":[],"nextSince":"YzEuZGVzaWduYXRpb25zLjQyMTcuMTc5NjEwMjQwMA"}"""),
                    @ExampleObject(name = "变更 / changes", value = """
                            {"items":[{"kind":"UPSERT","id":"01JDZB7R4T1N6G3S5K8M2P9Q0B","version":3,"changedAt":"2026-11-30T10:15:04.123456+08:00"},
                              {"kind":"DELETE","id":"01JDZB7R4T1N6G3S5K8M2P9Q0B","version":3,"changedAt":"2026-11-30T10:16:10.5+08:00"}],
                             "nextSince":"YzEuZGVzaWduYXRpb25zLjQyMjAuMTc5NjEwMjQ2MA"}""")}))
    @APIResponse(responseCode = "400", description = ChangeFeedDocs.BAD_TOKEN,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = ChangeFeedDocs.GONE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangePage<DesignationView> changes(@Valid @BeanParam ChangeParams params) {
        return feeds.designations(params).map(DesignationView::of);
    }

    @Schema(name = "DesignationChangePage", requiredProperties = {"items", "nextSince"}, description = "一页命名变更 / A page of designation changes")
    public record DesignationChangePage(List<DesignationChange> items,
                                 @Schema(description = "下次调用的 since，总是存在 / The since of the next call; always present") String nextSince) {
    }

    @Schema(name = "DesignationChange", requiredProperties = {"kind", "id", "changedAt"}, description = "一次变更 / One change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DesignationChange(ChangeKind kind,
                              @Schema(description = "资源编号 / The resource's id") String id,
                              @Schema(description = "这次变更后的版本（ETag），删除时为删除前的版本 / The version this change left; for a delete, the version deleted") Long version,
                              @Schema(description = "变更时间 / When it changed") Instant changedAt,
                              @Schema(description = "资源的当前内容，仅在它的最新一次变更上出现 / The resource as it is now, only on its latest change") DesignationView resource) {
    }
}
