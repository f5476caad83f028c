package cn.partybuilding.activity.rest;

import cn.partybuilding.activity.rest.dto.ActivityWithAttendanceView;
import cn.partybuilding.activity.service.ActivityChangeFeeds;
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

@Path("/v1/activities/changes")
@Tag(name = "Activities")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.API_CLIENT})
public class ActivityChangeResource {

    @Inject
    ActivityChangeFeeds feeds;

    @GET
    @Operation(operationId = "listActivityChanges", summary = "活动变更 / Activity changes", description = "系统管理员看全部，其他角色看本组织及下级的活动。登记出勤、扫码签到和批准请假都是其活动的变更，resource 含活动及其出勤。 / System administrators see every activity, other roles their subtree's. Recording attendance, a check-in and an approved leave request are changes of their activity; resource holds the activity and its attendance. " + ChangeFeedDocs.RECIPE)
    @APIResponse(responseCode = "200", description = "一页变更 / A page of changes",
            content = @Content(schema = @Schema(implementation = ActivityChangePage.class), examples = {
                    @ExampleObject(name = "起点 / start", value = """
                            {"items":[],"nextSince":"YzEuYWN0aXZpdGllcy40MjE3LjE3OTYxMDI0MDA"}"""),
                    @ExampleObject(name = "变更 / changes", value = """
                            {"items":[{"kind":"UPSERT","id":"01JE0Q4M2B8X6N3C5V7Z9K1D2F","version":3,"changedAt":"2026-11-30T10:15:04.123456+08:00"},
                              {"kind":"DELETE","id":"01JE0Q4M2B8X6N3C5V7Z9K1D2F","version":3,"changedAt":"2026-11-30T10:16:10.5+08:00"}],
                             "nextSince":"YzEuYWN0aXZpdGllcy40MjIwLjE3OTYxMDI0NjA"}""")}))
    @APIResponse(responseCode = "400", description = ChangeFeedDocs.BAD_TOKEN,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = ChangeFeedDocs.GONE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangePage<ActivityWithAttendanceView> changes(@Valid @BeanParam ChangeParams params) {
        return feeds.activities(params).map(ActivityWithAttendanceView::of);
    }

    @Schema(name = "ActivityChangePage", requiredProperties = {"items", "nextSince"}, description = "一页活动变更 / A page of activity changes")
    public record ActivityChangePage(List<ActivityChange> items,
                                 @Schema(description = "下次调用的 since，总是存在 / The since of the next call; always present") String nextSince) {
    }

    @Schema(name = "ActivityChange", requiredProperties = {"kind", "id", "changedAt"}, description = "一次变更 / One change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivityChange(ChangeKind kind,
                              @Schema(description = "资源编号 / The resource's id") String id,
                              @Schema(description = "这次变更后的版本（ETag），删除时为删除前的版本 / The version this change left; for a delete, the version deleted") Long version,
                              @Schema(description = "变更时间 / When it changed") Instant changedAt,
                              @Schema(description = "资源的当前内容，仅在它的最新一次变更上出现 / The resource as it is now, only on its latest change") ActivityWithAttendanceView resource) {
    }
}
