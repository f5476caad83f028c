package cn.partybuilding.activity.repository;

import cn.partybuilding.activity.domain.Activity;
import cn.partybuilding.activity.domain.ActivityFilter;
import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.ActivityType;
import cn.partybuilding.activity.domain.Attendance;
import cn.partybuilding.activity.domain.AttendanceStatus;
import cn.partybuilding.activity.domain.MyActivity;
import cn.partybuilding.activity.domain.StartKey;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.PlainQuery;
import cn.partybuilding.common.persistence.RowLocks;
import cn.partybuilding.common.persistence.StoredTime;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<Activity, String> {

    public List<Activity> page(ActivityFilter filter, String scopePath, String afterId, int limit) {
        Where where = filters(filter, scopePath).and("a.id > :after", "after", afterId);
        return find("from Activity a where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    /**
     * The activities this member is expected at, each with the member's attendance row, by start time
     * and then id; the page starts after {@code after}. One plain SQL statement, read into unmanaged
     * entities: callers only show them. The keys of the page are found and sorted first, on narrow
     * rows, and only then joined to the activities: sorting whole rows made MariaDB copy their text
     * columns (minutes, resolutions) into an on-disk temporary table on every call, about 570 us of
     * its CPU for a member's twenty activities against about 370 this way (bench/read-path.sh).
     */
    public List<MyActivity> pageOfAttendee(ActivityFilter filter, String scopePath, String memberId, StartKey after, int limit) {
        PlainQuery keys = new PlainQuery("SELECT t.activity_id, a.start_at FROM attendance t"
                + " JOIN activity a ON a.id = t.activity_id WHERE t.member_id = ?", memberId)
                .and("a.organization_path LIKE ?", scopePath == null ? null : scopePath + "%")
                .and("a.organization_path LIKE ?", filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("a.type = ?", filter.type())
                .and("a.status = ?", filter.status())
                .and("a.start_at >= ?", filter.from())
                .and("a.start_at < ?", filter.to());
        if (after != null) {
            keys.append(" AND (a.start_at > ? OR (a.start_at = ? AND a.id > ?))", after.startAt(), after.startAt(), after.id());
        }
        keys.append(" ORDER BY a.start_at, a.id LIMIT ?", limit + 1);
        PlainQuery page = new PlainQuery("SELECT " + ACTIVITY_COLUMNS + ", t.status, t.checked_in_at FROM (").append(keys)
                .append(") k JOIN activity a ON a.id = k.activity_id"
                        + " JOIN attendance t ON t.activity_id = k.activity_id AND t.member_id = ?", memberId)
                .append(" ORDER BY k.start_at, k.activity_id");
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> page.list(connection, row -> {
            Activity activity = unmanaged(row);
            Attendance attendance = new Attendance();
            attendance.key = new Attendance.Key(activity.id, memberId);
            String status = row.getString(ACTIVITY_COLUMN_COUNT + 1);
            attendance.status = status == null ? null : AttendanceStatus.valueOf(status);
            attendance.checkedInAt = StoredTime.read(row, ACTIVITY_COLUMN_COUNT + 2);
            return new MyActivity(activity, attendance);
        }));
    }

    /** The columns {@link #unmanaged} reads, in its order; a statement's own columns follow them. */
    private static final String ACTIVITY_COLUMNS = "a.id, a.organization_id, a.organization_path, a.type, a.title, a.topic,"
            + " a.speaker_member_id, a.speaker_name, a.place, a.start_at, a.end_at, a.status, a.minutes, a.resolutions,"
            + " a.created_by, a.version, a.created_at, a.updated_at";
    private static final int ACTIVITY_COLUMN_COUNT = 18;

    /** An activity of a plain SQL row of {@link #ACTIVITY_COLUMNS}, by position, not managed by Hibernate. */
    private static Activity unmanaged(ResultSet row) throws SQLException {
        Activity a = new Activity();
        a.id = row.getString(1);
        a.organizationId = row.getString(2);
        a.organizationPath = row.getString(3);
        a.type = ActivityType.valueOf(row.getString(4));
        a.title = row.getString(5);
        a.topic = row.getString(6);
        a.speakerMemberId = row.getString(7);
        a.speakerName = row.getString(8);
        a.place = row.getString(9);
        a.startAt = StoredTime.read(row, 10);
        a.endAt = StoredTime.read(row, 11);
        a.status = ActivityStatus.valueOf(row.getString(12));
        a.minutes = row.getString(13);
        a.resolutions = row.getString(14);
        a.createdBy = row.getString(15);
        a.version = row.getLong(16);
        a.createdAt = StoredTime.read(row, 17);
        a.updatedAt = StoredTime.read(row, 18);
        return a;
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
