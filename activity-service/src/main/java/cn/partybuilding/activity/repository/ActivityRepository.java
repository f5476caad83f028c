package cn.partybuilding.activity.repository;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityFilter;
import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.MyActivity;
import cn.partybuilding.activity.domain.StartKey;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, String> {

    public List<Activity> page(ActivityFilter filter, String scopePath, String afterId, int limit) {
        Where where = filters(filter, scopePath).and("a.id > :after", "after", afterId);
        return find("from Activity a where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    /**
     * The activities this member is expected at, each with the member's attendance row (one join, no
     * query per row), by start time and then id; the page starts after {@code after}.
     */
    public List<MyActivity> pageOfAttendee(ActivityFilter filter, String scopePath, String memberId, StartKey after, int limit) {
        Where where = filters(filter, scopePath);
        if (after != null) {
            where.and("(a.startAt > :afterStart or (a.startAt = :afterStart and a.id > :afterId))",
                    Map.of("afterStart", after.startAt(), "afterId", after.id()));
        }
        TypedQuery<Object[]> query = getEntityManager().createQuery(
                "select a, t from Activity a join Attendance t on t.key.activityId = a.id and t.key.memberId = :member where "
                        + where.jpql() + " order by a.startAt, a.id", Object[].class);
        query.setParameter("member", memberId);
        where.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList().stream()
                .map(row -> new MyActivity((Activity) row[0], (Attendance) row[1])).toList();
    }

    private static Where filters(ActivityFilter filter, String scopePath) {
        return new Where()
                .and("a.organizationPath like :scope", "scope", scopePath == null ? null : scopePath + "%")
                .and("a.organizationPath like :subtree", "subtree", filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("a.type = :type", "type", filter.type())
                .and("a.status = :status", "status", filter.status())
                .and("a.startAt >= :from", "from", filter.from())
                .and("a.startAt < :to", "to", filter.to());
    }

    public Optional<Activity> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Activity.class, id);
    }
}
