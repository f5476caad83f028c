package cn.partybuilding.activity.repository;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityFilter;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, String> {

    public List<Activity> page(ActivityFilter filter, String scopePath, String afterId, int limit) {
        Where where = new Where()
                .and("a.organizationPath like :scope", "scope", scopePath == null ? null : scopePath + "%")
                .and("a.organizationPath like :subtree", "subtree", filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("a.type = :type", "type", filter.type())
                .and("a.status = :status", "status", filter.status())
                .and("a.startAt >= :from", "from", filter.from())
                .and("a.startAt < :to", "to", filter.to())
                .and("exists (select 1 from Attendance t where t.key.activityId = a.id and t.key.memberId = :attendee)",
                        "attendee", filter.attendeeId())
                .and("a.id > :after", "after", afterId);
        return find("from Activity a where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public Optional<Activity> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Activity.class, id);
    }
}
