package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.domain.StructureRule;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, String> {

    public record Filter(String subtreePath, MemberStatus status, Post post, String nameContains,
                         Collection<String> ids) {
    }

    /** Member counts of one branch (with its party groups), for the structure check. */
    public record BranchCounts(String id, String code, String name, long fullMembers, long totalMembers,
                               long committeeMembers) {
    }

    /** A member holding a post, for an organization's leaders. */
    public record PostHolder(Post post, String memberId, String name) {
    }

    public List<Member> page(Filter filter, String scopePath, String afterId, int limit) {
        Where where = new Where()
                .and("m.organizationId in (select o.id from Organization o where o.path like :scope)", "scope",
                        scopePath == null ? null : scopePath + "%")
                .and("m.organizationId in (select s.id from Organization s where s.path like :subtree)", "subtree",
                        filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("m.status = :status", "status", filter.status())
                .and(":post member of m.posts", "post", filter.post())
                .and("m.name like :name", "name",
                        filter.nameContains() == null ? null : "%" + OrganizationRepository.escapeLike(filter.nameContains()) + "%")
                .and("m.id in :ids", "ids", filter.ids())
                .and("m.id > :after", "after", afterId);
        return find("from Member m where " + where.jpql(), Sort.by("id"), where.parameters())
                .page(0, limit + 1).list();
    }

    public Optional<Member> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Member.class, "member", id);
    }

    public boolean idCardTaken(String idCardHash) {
        return count("idCardHash", idCardHash) > 0;
    }

    public long countIn(String organizationId) {
        return count("organizationId", organizationId);
    }

    public List<PostHolder> leadersOf(String organizationId) {
        return getEntityManager().createQuery(
                        "select new cn.partybuilding.branch.repository.MemberRepository$PostHolder(p, m.id, m.name)"
                                + " from Member m join m.posts p where m.organizationId = :org order by p, m.id",
                        PostHolder.class)
                .setParameter("org", organizationId).getResultList();
    }

    /**
     * Counts for every branch of the subtree that breaks a structure rule, in one set-based query:
     * each branch's members include those of its party groups.
     */
    @SuppressWarnings("unchecked")
    public List<BranchCounts> branchesBreakingStructureRules(String subtreePath) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        SELECT b.id, b.code, b.name,
                               COALESCE(SUM(m.status = 'FULL'), 0) AS full_members,
                               COUNT(m.id) AS total_members,
                               COUNT(cp.member_id) AS committee_members
                          FROM organization b
                          JOIN organization o ON o.path LIKE CONCAT(b.path, '%')
                          LEFT JOIN member m ON m.organization_id = o.id
                          LEFT JOIN (SELECT DISTINCT member_id FROM member_post WHERE post <> 'GROUP_LEADER') cp
                                 ON cp.member_id = m.id
                         WHERE b.type = 'BRANCH' AND b.path LIKE :subtree
                         GROUP BY b.id, b.code, b.name
                        HAVING full_members < :minFull OR total_members > :maxTotal
                            OR (full_members >= :committeeThreshold AND committee_members < :minCommittee)
                         ORDER BY b.path
                        """)
                .setParameter("subtree", subtreePath + "%")
                .setParameter("minFull", StructureRule.MIN_FULL_MEMBERS)
                .setParameter("maxTotal", StructureRule.MAX_MEMBERS)
                .setParameter("committeeThreshold", StructureRule.COMMITTEE_THRESHOLD)
                .setParameter("minCommittee", StructureRule.MIN_COMMITTEE_MEMBERS)
                .getResultList();
        return rows.stream().map(r -> new BranchCounts((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
    }

    /** How many branches the subtree has, to tell "all checked, none broken" from "nothing checked". */
    public long countBranches(String subtreePath) {
        return ((Number) getEntityManager().createNativeQuery(
                        "SELECT COUNT(*) FROM organization WHERE type = 'BRANCH' AND path LIKE :subtree")
                .setParameter("subtree", subtreePath + "%").getSingleResult()).longValue();
    }
}
