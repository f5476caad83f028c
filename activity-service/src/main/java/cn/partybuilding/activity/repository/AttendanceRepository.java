package cn.partybuilding.activity.repository;

import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.activity.domain.MemberAttendance;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<Attendance, Attendance.Key> {

    public List<Attendance> of(String activityId) {
        return list("key.activityId = ?1", Sort.by("memberName").and("key.memberId"), activityId);
    }

    public Optional<Attendance> find(String activityId, String memberId) {
        return findByIdOptional(new Attendance.Key(activityId, memberId));
    }

    /**
     * Records the first check-in of a member; later or concurrent scans change nothing. The row
     * exists since planning (primary key activity + member), so this is one conditional update
     * under the row lock: whatever the number of scans, one row and one check-in time.
     */
    public int checkIn(String activityId, String memberId, AttendanceStatus status, Instant at) {
        return getEntityManager().createNativeQuery("""
                        UPDATE attendance SET status = :status, checked_in_at = :at, recorded_by = :member, updated_at = :at
                         WHERE activity_id = :activity AND member_id = :member AND checked_in_at IS NULL
                           AND (status IS NULL OR status = 'ABSENT')""")
                .setParameter("status", status.name())
                .setParameter("at", Timestamp.from(at))
                .setParameter("member", memberId)
                .setParameter("activity", activityId)
                .executeUpdate();
    }

    /** Refreshes the activity's kept counts from its attendance rows (at most a branch's members). */
    public void recount(String activityId) {
        getEntityManager().createNativeQuery("""
                        UPDATE activity a SET
                            expected_count = (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id),
                            attended_count = (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.status IN ('PRESENT', 'LATE')),
                            voting_count = (SELECT COUNT(*) FROM attendance t WHERE t.activity_id = a.id AND t.full_member),
                            voting_attended_count = (SELECT COUNT(*) FROM attendance t
                                                      WHERE t.activity_id = a.id AND t.full_member AND t.status IN ('PRESENT', 'LATE'))
                         WHERE a.id = :activity""")
                .setParameter("activity", activityId)
                .executeUpdate();
    }

    /** A member's attendance over completed activities in a period, within the caller's subtree (null: all). */
    public MemberAttendance memberAttendance(String memberId, String scopePath, Instant from, Instant to) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery("""
                        SELECT COUNT(*), COALESCE(SUM(t.status IN ('PRESENT', 'LATE')), 0), COALESCE(SUM(t.status = 'ON_LEAVE'), 0)
                          FROM attendance t JOIN activity a ON a.id = t.activity_id
                         WHERE t.member_id = :member AND a.status = 'COMPLETED' AND a.start_at >= :from AND a.start_at < :to
                           AND a.organization_path LIKE :scope""")
                .setParameter("member", memberId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("scope", scopePath == null ? "%" : scopePath + "%")
                .getSingleResult();
        return new MemberAttendance(memberId, from, to, ((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue());
    }
}
