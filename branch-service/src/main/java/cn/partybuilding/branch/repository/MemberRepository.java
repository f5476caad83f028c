package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.Leader;
import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberFilter;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, String> {

    public List<Member> page(MemberFilter filter, String scopePath, String afterId, int limit) {
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
        return RowLocks.lock(getEntityManager(), Member.class, id);
    }

    public boolean idCardTaken(String idCardHash) {
        return count("idCardHash", idCardHash) > 0;
    }

    /** Which of these ID-number hashes belong to registered members. */
    public Set<String> takenIdCardHashes(Collection<String> idCardHashes) {
        return idCardHashes.isEmpty() ? Set.of()
                : Set.copyOf(getEntityManager().createQuery("select m.idCardHash from Member m where m.idCardHash in :hashes", String.class)
                        .setParameter("hashes", idCardHashes).getResultList());
    }

    public long countIn(String organizationId) {
        return count("organizationId", organizationId);
    }

    public List<Leader> leadersOf(String organizationId) {
        return getEntityManager().createQuery(
                        "select new cn.partybuilding.branch.domain.Leader(p, m.id, m.name)"
                                + " from Member m join m.posts p where m.organizationId = :org order by p, m.id",
                        Leader.class)
                .setParameter("org", organizationId).getResultList();
    }
}
