package cn.partybuilding.branch.rest.dto;

import cn.partybuilding.branch.domain.ListedOrganization;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.OrganizationType;
import cn.partybuilding.branch.domain.OrganizationWithLeaders;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "党组织 / A party organization")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationView(
        @Schema(description = "组织编号（不透明字符串） / Opaque id", examples = "01JDZ9Y4K3M8Q2W6E5R7T1V0XA") String id,
        @Schema(description = "组织编码，全局唯一 / Unique code", examples = "QD-FGW-01") String code,
        @Schema(description = "组织名称 / Name", examples = "市发展和改革委员会机关第一党支部") String name,
        @Schema(description = "组织类型 / Type") OrganizationType type,
        @Schema(description = "上级组织编号，顶级组织无此字段 / Parent id; absent on a root") String parentId,
        @Schema(description = "上级组织编号，自顶向下（组织路径） / Ancestor ids, root first (the organization path)") List<String> ancestorIds,
        @Schema(description = "层级，顶级为 1 / Depth, 1 for a root", examples = "3") int depth,
        @Schema(description = "所属部门单位 / The unit (部门单位) it belongs to", examples = "青岛市发展和改革委员会") String unitName,
        @Schema(description = "临时党支部 / Temporary organization (e.g. on a project)") boolean temporary,
        @Schema(description = "功能型党组织 / Functional organization") boolean functional,
        @Schema(description = "成立日期 / Established on", examples = "2019-07-01") LocalDate establishedOn,
        @Schema(description = "各职务负责人（仅单个查询返回） / Leaders by post (single reads only)") List<LeaderView> leaders,
        @Schema(description = "是否设有支部委员会：正式党员7人以上且至少3名党员担任支委职务（仅党支部，查询时返回，按当前党员计算） / "
                + "Whether the branch has a committee: 7 or more full members and 3 or more committee posts held (branches only, "
                + "in reads and lists, by today's members)") Boolean hasCommittee,
        @Schema(description = "版本，与 ETag 相同 / Version, as in the ETag", examples = "0") long version,
        @Schema(description = "创建时间 / Created at (RFC 3339)") Instant createdAt,
        @Schema(description = "更新时间 / Updated at (RFC 3339)") Instant updatedAt) {

    /** A single read: the organization with its leaders. */
    public static OrganizationView of(OrganizationWithLeaders withLeaders) {
        return of(withLeaders.organization(), withLeaders.leaders().stream().map(LeaderView::of).toList(),
                withLeaders.hasCommittee());
    }

    /** Lists: no leaders. */
    public static OrganizationView of(ListedOrganization listed) {
        return of(listed.organization(), null, listed.hasCommittee());
    }

    /** Writes and change feeds: neither leaders nor the committee flag. */
    public static OrganizationView of(Organization o) {
        return of(o, null, null);
    }

    private static OrganizationView of(Organization o, List<LeaderView> leaders, Boolean hasCommittee) {
        return new OrganizationView(o.id, o.code, o.name, o.type, o.parentId, o.ancestorIds(), o.depth, o.unitName,
                o.temporary, o.functional, o.establishedOn, leaders, hasCommittee, o.version, o.createdAt, o.updatedAt);
    }
}
