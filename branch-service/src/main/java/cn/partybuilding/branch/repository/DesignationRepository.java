package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.Designation;
import cn.partybuilding.branch.domain.DesignationFilter;
import cn.partybuilding.branch.domain.DesignationKind;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DesignationRepository implements PanacheRepositoryBase<Designation, String> {

    public List<Designation> page(DesignationFilter filter, String scopePath, String afterId, int limit) {
        Where where = new Where()
                .and("d.organizationId in (select o.id from Organization o where o.path like :scope)", "scope",
                        scopePath == null ? null : scopePath + "%")
                .and("d.organizationId in (select s.id from Organization s where s.path like :subtree)", "subtree",
                        filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("d.kind = :kind", "kind", filter.kind())
                .and("d.year = :year", "year", filter.year())
                .and("d.status = :status", "status", filter.status())
                .and("d.id > :after", "after", afterId);
        return find("from Designation d where " + where.jpql(), Sort.by("id"), where.parameters())
                .page(0, limit + 1).list();
    }

    public boolean exists(String organizationId, DesignationKind kind, int year) {
        return count("organizationId = ?1 and kind = ?2 and year = ?3", organizationId, kind, year) > 0;
    }

    public boolean anyFor(String organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    public Optional<Designation> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Designation.class, id);
    }
}
