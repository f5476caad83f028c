package cn.partybuilding.activity.repository;

import cn.partybuilding.activity.domain.LeaveRequest;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class LeaveRequestRepository implements PanacheRepositoryBase<LeaveRequest, String> {

    public List<LeaveRequest> of(String activityId) {
        return list("activityId", Sort.by("id"), activityId);
    }

    public List<LeaveRequest> of(String activityId, String memberId) {
        return list("activityId = ?1 and memberId = ?2", Sort.by("id"), activityId, memberId);
    }

    /** A page of the activity's leave requests in id order, only this member's when {@code memberId} is set. */
    public List<LeaveRequest> page(String activityId, String memberId, String afterId, int limit) {
        Where where = new Where()
                .and("activityId = :activity", "activity", activityId)
                .and("memberId = :member", "member", memberId)
                .and("id > :after", "after", afterId);
        return find(where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public boolean exists(String activityId, String memberId) {
        return count("activityId = ?1 and memberId = ?2", activityId, memberId) > 0;
    }

    public Optional<LeaveRequest> lockById(String id) {
        return RowLocks.lock(getEntityManager(), LeaveRequest.class, id);
    }
}
