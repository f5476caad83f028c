package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.StarRating;
import cn.partybuilding.branch.domain.StarRatingFilter;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class StarRatingRepository implements PanacheRepositoryBase<StarRating, String> {

    public List<StarRating> page(StarRatingFilter filter, String scopePath, String afterId, int limit) {
        Where where = new Where()
                .and("r.organizationId in (select o.id from Organization o where o.path like :scope)", "scope",
                        scopePath == null ? null : scopePath + "%")
                .and("r.organizationId in (select s.id from Organization s where s.path like :subtree)", "subtree",
                        filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("r.year = :year", "year", filter.year())
                .and("r.level = :level", "level", filter.level())
                .and("r.status = :status", "status", filter.status())
                .and("r.id > :after", "after", afterId);
        return find("from StarRating r where " + where.jpql(), Sort.by("id"), where.parameters())
                .page(0, limit + 1).list();
    }

    public boolean exists(String organizationId, int year) {
        return count("organizationId = ?1 and year = ?2", organizationId, year) > 0;
    }

    public boolean anyFor(String organizationId) {
        return count("organizationId", organizationId) > 0;
    }

    public Optional<StarRating> lockById(String id) {
        return RowLocks.lock(getEntityManager(), StarRating.class, id);
    }
}
