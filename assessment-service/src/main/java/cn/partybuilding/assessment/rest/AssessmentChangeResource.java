package cn.partybuilding.assessment.rest;

import cn.partybuilding.assessment.rest.dto.AssessmentView;
import cn.partybuilding.assessment.service.AssessmentChangeFeeds;

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

@Path("/v1/assessments/changes")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.API_CLIENT})
public class AssessmentChangeResource {

    @Inject
    AssessmentChangeFeeds feeds;


    @GET
    @Operation(operationId = "listAssessmentChanges", summary = "年度考核变更 / Assessment changes", description = "本级及下级组织的考核的开展、评分、取数与阶段变更。 / Assessments of the caller's subtree, as they start, are scored, filled and moved on. " + ChangeFeedDocs.RECIPE)
    @APIResponse(responseCode = "200", description = "一页变更 / A page of changes",
            content = @Content(schema = @Schema(implementation = AssessmentChangePage.class), examples = {
                    @ExampleObject(name = "起点 / start", value = """
                            {"items":[],"nextSince":"YzEud2lzaGVzLjQyMTcuMTc5NjEwMjQwMA"}"""),
                    @ExampleObject(name = "变更 / changes", value = """
                            {"items":[{"kind":"UPSERT","id":"01JE1C7M9N2Q4R6S8T0V3W5X8D","version":3,"changedAt":"2026-11-30T10:15:04.123456+08:00"}],
                             "nextSince":"YzEud2lzaGVzLjQyMjAuMTc5NjEwMjQ2MA"}""")}))
    @APIResponse(responseCode = "400", description = ChangeFeedDocs.BAD_TOKEN,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "410", description = ChangeFeedDocs.GONE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public ChangePage<AssessmentView> changes(@Valid @BeanParam ChangeParams params) {
        return feeds.assessments(params).map(AssessmentView::of);
    }

    @Schema(name = "AssessmentChangePage", requiredProperties = {"items", "nextSince"}, description = "一页年度考核变更 / A page of assessment changes")
    public record AssessmentChangePage(List<AssessmentChange> items,
                                 @Schema(description = "下次调用的 since，总是存在 / The since of the next call; always present") String nextSince) {
    }

    @Schema(name = "AssessmentChange", requiredProperties = {"kind", "id", "changedAt"}, description = "一次变更 / One change")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssessmentChange(ChangeKind kind,
                              @Schema(description = "资源编号 / The resource's id") String id,
                              @Schema(description = "这次变更后的版本（ETag） / The version this change left") Long version,
                              @Schema(description = "变更时间 / When it changed") Instant changedAt,
                              @Schema(description = "资源的当前内容，仅在它的最新一次变更上出现 / The resource as it is now, only on its latest change") AssessmentView resource) {
    }
}
