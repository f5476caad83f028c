package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.OrganizationFilter;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    /** One keyset page (limit + 1 rows) of organizations within {@code scopePath} (null: all). */
    public List<Organization> page(OrganizationFilter filter, String scopePath, String afterId, int limit) {
        Where where = new Where()
                .and("o.path like :scope", "scope", scopePath == null ? null : scopePath + "%")
                .and("o.path like :subtree", "subtree", filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("o.parentId = :parentId", "parentId", filter.parentId())
                .and("o.type = :type", "type", filter.type())
                .and("o.name like :name", "name", filter.nameContains() == null ? null : "%" + escapeLike(filter.nameContains()) + "%")
                .and("o.id in :ids", "ids", filter.ids())
                .and("o.id > :after", "after", afterId);
        return find("from Organization o where " + where.jpql(), Sort.by("id"), where.parameters())
                .page(0, limit + 1).list();
    }

    public Optional<Organization> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Organization.class, id);
    }

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public long countChildren(String id) {
        return count("parentId", id);
    }

    /** Depth of the deepest organization in the subtree, to keep a move within {@link Organization#MAX_DEPTH}. */
    public int maxDepthIn(String subtreePath) {
        Integer depth = getEntityManager()
                .createQuery("select max(o.depth) from Organization o where o.path like :p", Integer.class)
                .setParameter("p", subtreePath + "%").getSingleResult();
        return depth == null ? 0 : depth;
    }

    /** Re-roots a whole subtree in one statement: the paths and depths of every descendant follow. */
    public int moveSubtree(String oldPath, String newPath, int depthDelta) {
        return getEntityManager().createNativeQuery(
                        "UPDATE organization SET path = CONCAT(:newPath, SUBSTRING(path, :cut)), depth = depth + :delta,"
                                + " version = version + 1, updated_at = UTC_TIMESTAMP(6) WHERE path LIKE :old")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("delta", depthDelta)
                .setParameter("old", oldPath + "%")
                .executeUpdate();
    }

    static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
