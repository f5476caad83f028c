package cn.partybuilding.volunteer.repository;

import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import cn.partybuilding.volunteer.domain.CommunityReport;
import cn.partybuilding.volunteer.domain.CommunityReportFilter;
import cn.partybuilding.volunteer.domain.ReportKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CommunityReportRepository implements PanacheRepositoryBase<CommunityReport, String> {

    public Where where(CommunityReportFilter filter) {
        return new Where()
                .and("r.communityId = :community", "community", filter.communityId())
                .and("r.organizationPath like :subtree", "subtree", filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("r.memberId = :member", "member", filter.memberId())
                .and("r.kind = :kind", "kind", filter.kind())
                .and("r.status = :status", "status", filter.status());
    }

    public List<CommunityReport> page(Where where, String afterId, int limit) {
        where.and("r.id > :after", "after", afterId);
        return find("from CommunityReport r where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    /** The active report holding this key, locked until the transaction ends. */
    public Optional<CommunityReport> lockActive(String activeKey) {
        return find("activeKey", activeKey).firstResultOptional()
                .flatMap(r -> RowLocks.lock(getEntityManager(), CommunityReport.class, r.id));
    }

    public Optional<CommunityReport> lockById(String id) {
        return RowLocks.lock(getEntityManager(), CommunityReport.class, id);
    }

    /** The member's latest own report to the community, active or ended. */
    public Optional<CommunityReport> latestMemberReport(String memberId, String communityId) {
        return find("memberId = ?1 and communityId = ?2 and kind = ?3", Sort.descending("reportedAt"),
                memberId, communityId, ReportKind.MEMBER).firstResultOptional();
    }

    /** Whether an organization on this path (the member's own or above it) has reported to the community. */
    public boolean organizationReported(String communityId, String memberOrganizationPath) {
        return count("communityId = ?1 and kind = ?2 and ?3 like concat(organizationPath, '%')",
                communityId, ReportKind.ORGANIZATION, memberOrganizationPath) > 0;
    }
}
