package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.changes.ChangeFeedDocs;
import cn.partybuilding.common.changes.ChangeKind;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.volunteer.rest.dto.RecordView;
import cn.partybuilding.volunteer.service.VolunteerChangeFeeds;
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

@Path("/v1/volunteer-records/changes")
@Tag(name = "Volunteer records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.API_CLIENT, Role.COMMUNITY_STAFF})
public class VolunteerRecordChangeResource {

    @Inject
    VolunteerChangeFeeds feeds;

    @GET
    @Operation(operationId = "listVolunteerRecordChanges", summary = "志愿服务记录变更 / Volunteer record changes", description = "系统管理员看全部，组织角色看本组织及下级的记录，社区工作人员看本社区的记录。 / System administrators see every record, organization roles their subtree's, community staff their community's. " + ChangeFeedDocs.RECIPE)
    @APIResponse(responseCode = "200", description = "一页变更 / A page of changes",
            content = @Content(schema = @Schema(implementation = VolunteerRecordChangePage.class), examples = {
                    @ExampleObject(name = "起点 / start", value = """
                            {"items":[],"nextSince":"YzEudm9sdW50ZWVyLXJlY29yZHMuNDIxNy4xNzk2MTAyNDAw"}"""),
                    @ExampleObject(name = "变更 / changes", value = """
                            {"items":[{"kind":"UPSERT","id":"01JE1C7M9N2Q4R6S8T0V3W5X8C","version":3,"changedAt":"2026-11-30T10:15:04.123456+08:00"},
                              {"kind":"DELETE","id":"01JE1C7M9N2Q4R6S8T0V3W5X8C","version":3,"changedAt":"2026-11-30T10:16:10.5+08:00"}],
                             "nextSince":"YzEudm9sdW50ZWVyLXJlY29yZHMuNDIyMC4xNzk2MTAyNDYw"}""")}))
    @APIResponse(responseCode = "400", description = ChangeFeedDocs.BAD_TOKEN,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = ChangeFeedDocs.GONE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangePage<RecordView> changes(@Valid @BeanParam ChangeParams params) {
        return feeds.volunteerRecords(params).map(RecordView::of);
    }

    @Schema(name = "VolunteerRecordChangePage", requiredProperties = {"items", "nextSince"}, description = "一页志愿服务记录变更 / A page of volunteer record changes")
    public record VolunteerRecordChangePage(List<VolunteerRecordChange> items,
                                 @Schema(description = "下次调用的 since，总是存在 / The since of the next call; always present") String nextSince) {
    }

    @Schema(name = "VolunteerRecordChange", requiredProperties = {"kind", "id", "changedAt"}, description = "一次变更 / One change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VolunteerRecordChange(ChangeKind kind,
                              @Schema(description = "资源编号 / The resource's id") String id,
                              @Schema(description = "这次变更后的版本（ETag），删除时为删除前的版本 / The version this change left; for a delete, the version deleted") Long version,
                              @Schema(description = "变更时间 / When it changed") Instant changedAt,
                              @Schema(description = "资源的当前内容，仅在它的最新一次变更上出现 / The resource as it is now, only on its latest change") RecordView resource) {
    }
}
