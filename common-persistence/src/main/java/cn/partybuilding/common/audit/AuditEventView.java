package cn.partybuilding.common.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "审计事件：谁、何时、从何处、对哪个资源做了什么 / An audit event: who did what to which resource, when and from where")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEventView(
        @Schema(description = "编号，按时间递增 / Id, increasing with time", examples = "01JF3Q8W2K5M7N9P1R3T5V7X9Z") String id,
        @Schema(description = "记录事件的服务 / The service that recorded it", examples = "branch-service") String service,
        @Schema(description = "发生时间 / When", examples = "2026-11-30T02:15:04.123456Z") Instant occurredAt,
        @Schema(description = "动作：CREATE、UPDATE、DELETE，READ_PERSONAL_DATA 为查看未脱敏个人信息 / Action; READ_PERSONAL_DATA is a read of unmasked personal data") AuditAction action,
        @Schema(description = "接口操作（契约中的 operationId） / The API operation (its operationId in the contract)", examples = "updateMember") String operation,
        @Schema(description = "资源类型 / Resource type", examples = "Member") String resourceType,
        @Schema(description = "资源编号 / Resource id", examples = "01JDZA3QW5X8N4B2C7D9E1F0GH") String resourceId,
        @Schema(description = "变更前版本，新建时无 / Version before; absent on create", examples = "3") Long oldVersion,
        @Schema(description = "变更后版本，删除时无 / Version after; absent on delete", examples = "4") Long newVersion,
        @Schema(description = "资源所属组织 / The resource's organization") String organizationId,
        @Schema(description = "资源所属社区 / The resource's community") String communityId,
        @Schema(description = "操作者 / Who") Actor actor,
        @Schema(description = "请求编号（X-Request-Id） / The request id", examples = "01JF3Q8W2K5M7N9P1R3T5V7X9Y") String requestId,
        @Schema(description = "客户端地址 / Client address", examples = "10.12.3.45") String clientAddress) {

    @Schema(name = "AuditActor", description = "操作者 / Who acted")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Actor(
            @Schema(description = "令牌主体；后台任务为 system / Token subject; system for background work", examples = "admin-qingdao") String subject,
            @Schema(description = "角色 / Roles", examples = "[\"ORG_ADMIN\"]") List<String> roles,
            @Schema(description = "代表的组织 / Acting for this organization") String organizationId,
            @Schema(description = "代表的社区 / Acting for this community") String communityId) {
    }

    public static AuditEventView of(AuditEvent e, String service) {
        List<String> roles = e.actorRoles.isEmpty() ? List.of() : List.of(e.actorRoles.split(","));
        return new AuditEventView(e.id, service, e.occurredAt, e.action, e.operation, e.resourceType, e.resourceId,
                e.oldVersion, e.newVersion, e.organizationId, e.communityId,
                new Actor(e.actorSubject, roles, e.actorOrganizationId, e.actorCommunityId), e.requestId, e.clientAddress);
    }
}
