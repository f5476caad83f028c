package cn.partybuilding.common.changes;

import cn.partybuilding.common.audit.AuditAction;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Reads the service's audit trail as change feeds. Every read is a plain statement outside a
 * transaction (read committed): each sees what has committed when it runs.
 */
@ApplicationScoped
public class ChangeLog {

    private static final Logger LOG = Logger.getLogger(ChangeLog.class);

    /** Rows read per statement. */
    static final int CHUNK = 1000;
    /** Rows one call walks at most, most of them other collections'; the token still moves on. */
    static final int MAX_WALK = 20_000;
    /** Rows a fresh token walks at most from a settled start; stopping early only starts it earlier. */
    static final int MAX_START_WALK = 200_000;

    private static final String WALK = """
            SELECT position, occurred_at, action, resource_type, resource_id, old_version, new_version,
                   organization_path, community_id
              FROM audit_event WHERE position > ? ORDER BY position LIMIT ?""";

    @Inject
    EntityManager entityManager;

    /** How long after its recording a gap before a row is certainly permanent: the transaction timeout and a margin. */
    @ConfigProperty(name = "party.changes.settle-time", defaultValue = "PT60S")
    Duration settleTime;

    @ConfigProperty(name = "party.changes.retention", defaultValue = "P30D")
    Duration retention;

    /** The writes of these resource types in this scope after {@code since}, and the token to read on from. */
    public Slice read(String feed, String since, int limit, Set<String> types, ChangeScope scope) {
        Instant now = StoredTime.now();
        if (since == null) {
            return new Slice(List.of(), new ChangeToken(feed, startPosition(now), now));
        }
        ChangeToken token = ChangeToken.decode(since, feed)
                .orElseThrow(() -> ProblemException.forField("since", ChangeError.CHANGE_TOKEN_INVALID));
        if (token.issuedAt().isBefore(now.minus(retention)) || token.position() > lastPosition()) {
            // too old to resume, or from a trail this database no longer holds (restored, recreated)
            throw new ProblemException(ChangeError.CHANGE_TOKEN_EXPIRED);
        }
        TrailWalk walk = new TrailWalk(token.position(), now.minus(settleTime));
        List<TrailRow> changes = new ArrayList<>();
        int walked = 0;
        while (walked < MAX_WALK) {
            List<TrailRow> rows = rowsAfter(walk.position(), CHUNK);
            for (TrailRow row : rows) {
                if (!walk.advance(row.position(), row.occurredAt())) {
                    LOG.debugf("%s feed held after %d: the gap before %d (recorded %s) may still fill", feed, walk.position(),
                            row.position(), row.occurredAt());
                    break;
                }
                if (row.action().isWrite() && types.contains(row.resourceType())
                        && scope.contains(row.organizationPath(), row.communityId())) {
                    changes.add(row);
                    if (changes.size() == limit) {
                        break;
                    }
                }
            }
            walked += rows.size();
            if (walk.stopped() || changes.size() == limit || rows.size() < CHUNK) {
                break;
            }
        }
        return new Slice(changes, new ChangeToken(feed, walk.position(), now));
    }

    /** For each id, the position of its latest write in these types that has committed. */
    public Map<String, Long> latestPositions(Set<String> types, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT resource_id, MAX(position) FROM audit_event WHERE resource_type IN ("
                + placeholders(types.size()) + ") AND resource_id IN (" + placeholders(ids.size())
                + ") AND action <> '" + AuditAction.READ_PERSONAL_DATA.name() + "' GROUP BY resource_id";
        return session().doReturningWork(connection -> {
            Map<String, Long> latest = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 0;
                for (String type : types) {
                    select.setString(++i, type);
                }
                for (String id : ids) {
                    select.setString(++i, id);
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        latest.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return latest;
        });
    }

    /**
     * Where a new reader starts: a position before which nothing can still appear. It walks on from
     * a row recorded two settle times ago (every gap before that row is permanent: the rows
     * closing them were recorded before it was inserted) up to the first gap that may still fill.
     */
    private long startPosition(Instant now) {
        Instant settledBefore = now.minus(settleTime);
        long base = session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT position FROM audit_event WHERE occurred_at < ? ORDER BY occurred_at DESC LIMIT 1")) {
                select.setTimestamp(1, Timestamp.from(settledBefore.minus(settleTime)));
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        TrailWalk walk = new TrailWalk(base, settledBefore);
        int walked = 0;
        while (walked < MAX_START_WALK) {
            List<TrailRow> rows = rowsAfter(walk.position(), CHUNK);
            for (TrailRow row : rows) {
                if (!walk.advance(row.position(), row.occurredAt())) {
                    break;
                }
            }
            walked += rows.size();
            if (walk.stopped() || rows.size() < CHUNK) {
                break;
            }
        }
        return walk.position();
    }

    private long lastPosition() {
        return session().doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT MAX(position) FROM audit_event");
                 ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    private List<TrailRow> rowsAfter(long position, int limit) {
        return session().doReturningWork(connection -> select(connection, position, limit));
    }

    private static List<TrailRow> select(Connection connection, long position, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(WALK)) {
            select.setLong(1, position);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                List<TrailRow> rows = new ArrayList<>(limit);
                while (rs.next()) {
                    rows.add(new TrailRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), AuditAction.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getString(5), nullableLong(rs, 6), nullableLong(rs, 7),
                            rs.getString(8), rs.getString(9)));
                }
                return rows;
            }
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String placeholders(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(","));
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    /** The changes one call delivers, and the token after them. */
    public record Slice(List<TrailRow> changes, ChangeToken next) {
    }
}
