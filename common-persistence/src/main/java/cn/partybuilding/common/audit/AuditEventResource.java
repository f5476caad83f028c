package cn.partybuilding.common.audit;

import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/audit-events")
@Tag(name = "Audit", description = "安全审计：每次写操作和每次查看未脱敏个人信息 / Security audit: every write and every read of unmasked personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SYSTEM_ADMIN, Role.ORG_ADMIN})
public class AuditEventResource {

    @Inject
    AuditEvents events;

    @ConfigProperty(name = "quarkus.application.name")
    String service;

    @GET
    @Operation(operationId = "listAuditEvents", summary = "查询审计事件 / List audit events",
            description = "最新的在前，游标分页。系统管理员看全部，组织管理员看本组织及下级的事件（社区的事件只有系统管理员可见）。"
                    + "经网关调用时合并党组织、组织生活、志愿服务三个服务的事件。审计记录只增不改，接口不提供修改或删除。"
                    + " / Newest first, cursor-paged. System administrators read every event, organization administrators"
                    + " those of their subtree (community events are for system administrators only). Through the gateway one call"
                    + " reads the events of all services, merged. Events are append-only: nothing changes or deletes them.")
    @APIResponse(responseCode = "200", description = "一页审计事件 / A page of audit events",
            content = @Content(schema = @Schema(implementation = AuditEventPage.class), examples = @ExampleObject(
                    name = "修改党员 / a member changed", value = """
                            {"items":[{"id":"01JF3Q8W2K5M7N9P1R3T5V7X9Z","service":"branch-service",
                              "occurredAt":"2026-11-30T02:15:04.123456Z","action":"UPDATE","operation":"updateMember",
                              "resourceType":"Member","resourceId":"01JDZA3QW5X8N4B2C7D9E1F0GH","oldVersion":3,"newVersion":4,
                              "organizationId":"01JDZ9Y4K3M8Q2W6E5R7T1V0XA",
                              "actor":{"subject":"admin-qingdao","roles":["ORG_ADMIN"],"organizationId":"01JDZ9Y4K3M8Q2W6E5R7T1V0X0"},
                              "requestId":"01JF3Q8W2K5M7N9P1R3T5V7X9Y","clientAddress":"10.12.3.45"}],
                             "nextCursor":"djE6MDFKRjNROFcySzVNN045UDFSM1Q1VjdYOVo"}""")))
    public Page<AuditEventView> list(
            @QueryParam("resourceType") @Size(max = 48) @Pattern(regexp = "[A-Za-z]+")
            @Parameter(description = "资源类型 / Resource type") String resourceType,
            @QueryParam("resourceId") @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z/_-]+")
            @Parameter(description = "资源编号 / Resource id") String resourceId,
            @QueryParam("actor") @Size(max = 128)
            @Parameter(description = "操作者（令牌主体） / Who acted (token subject)") String actor,
            @QueryParam("action") @Parameter(description = "动作 / Action") AuditAction action,
            @QueryParam("from") @Parameter(description = "不早于 / At or after") OffsetDateTime from,
            @QueryParam("to") @Parameter(description = "早于 / Before") OffsetDateTime to,
            @Valid @BeanParam PageParams page) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.forField("to", CommonError.INVALID_PERIOD);
        }
        AuditEventQuery query = new AuditEventQuery(resourceType, resourceId, actor, action,
                from == null ? null : from.toInstant(), to == null ? null : to.toInstant());
        return events.page(query, page).map(event -> AuditEventView.of(event, service));
    }

    @Schema(name = "AuditEventPage", description = "一页审计事件 / A page of audit events")
    public record AuditEventPage(List<AuditEventView> items,
                                 @Schema(description = "下一页游标，最后一页无此字段 / Cursor of the next page; absent on the last page") String nextCursor) {
    }
}
