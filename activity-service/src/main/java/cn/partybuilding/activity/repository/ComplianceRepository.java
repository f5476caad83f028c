package cn.partybuilding.activity.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Set-based aggregates over a subtree and a period: a few grouped queries over activities (with their
 * kept attendance counts), never one per branch and never over the attendance rows.
 */
@ApplicationScoped
public class ComplianceRepository {

    /**
     * A 支部党员大会 without a quorum: not more than half of the members entitled to vote attended. Only full
     * members vote (预备党员 attend without a vote), so only they count on both sides; a branch
     * without voting members cannot hold a valid meeting. The same rule as {@code Counting.quorate}.
     */
    private static final String WITHOUT_QUORUM = "a.type = 'GENERAL_MEETING' AND a.voting_attended_count * 2 <= a.voting_count";

    /**
     * Completed activities of one organization and type in the period: how many count as held (a general
     * meeting without a quorum does not), and the attendance of all of them.
     */
    public record Held(String organizationPath, String type, int count, long expected, long attended) {
    }

    /** One completed activity, with its voting members and those of them present. */
    public record Completed(String organizationPath, String activityId, String type, String title, Instant startAt,
                            int voting, int votingPresent) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Held> held(String subtreePath, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.organization_path, a.type, SUM(CASE WHEN %s THEN 0 ELSE 1 END),
                               SUM(a.expected_count), SUM(a.attended_count) FROM activity a
                         WHERE a.status = 'COMPLETED' AND a.organization_path LIKE :p AND a.start_at >= :from AND a.start_at < :to
                         GROUP BY a.organization_path, a.type""".formatted(WITHOUT_QUORUM))
                .setParameter("p", subtreePath + "%").setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new Held((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /** Every completed activity of the subtree in the period, or only the general meetings without a quorum. */
    @SuppressWarnings("unchecked")
    public List<Completed> completed(String subtreePath, Instant from, Instant to, boolean withoutQuorumOnly) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.organization_path, a.id, a.type, a.title, a.start_at, a.voting_count, a.voting_attended_count
                          FROM activity a
                         WHERE a.status = 'COMPLETED' AND a.organization_path LIKE :p AND a.start_at >= :from AND a.start_at < :to
                           %s
                         ORDER BY a.start_at, a.id""".formatted(withoutQuorumOnly ? "AND " + WITHOUT_QUORUM : ""))
                .setParameter("p", subtreePath + "%").setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new Completed((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                toInstant(r[4]), ((Number) r[5]).intValue(), ((Number) r[6]).intValue())).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
