package cn.partybuilding.activity.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Set-based aggregates over a subtree and a period: a few grouped queries over activities (with their
 * kept attendance counts), never one per branch and never over the attendance rows.
 */
@ApplicationScoped
public class ComplianceRepository {

    /** Completed activities of one organization and type in the period, with their attendance. */
    public record Held(String organizationPath, String type, int count, long expected, long attended) {
    }

    public record Quorum(String organizationPath, String activityId, Instant startAt, int voting, int votingPresent) {
    }

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Held> held(String subtreePath, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.organization_path, a.type, COUNT(*), SUM(a.expected_count), SUM(a.attended_count) FROM activity a
                         WHERE a.status = 'COMPLETED' AND a.organization_path LIKE :p AND a.start_at >= :from AND a.start_at < :to
                         GROUP BY a.organization_path, a.type""")
                .setParameter("p", subtreePath + "%").setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new Held((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /**
     * Completed general meetings (支部党员大会) without a quorum: more than half of the members entitled to
     * vote must attend, and probationary members (预备党员) attend without a vote, so only full members
     * count on both sides. A branch without voting members cannot hold a valid meeting.
     */
    @SuppressWarnings("unchecked")
    public List<Quorum> meetingsWithoutQuorum(String subtreePath, Instant from, Instant to) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT a.organization_path, a.id, a.start_at, a.voting_count, a.voting_attended_count FROM activity a
                         WHERE a.status = 'COMPLETED' AND a.organization_path LIKE :p AND a.type = 'GENERAL_MEETING'
                           AND a.start_at >= :from AND a.start_at < :to AND a.voting_attended_count * 2 <= a.voting_count""")
                .setParameter("p", subtreePath + "%").setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(r -> new Quorum((String) r[0], (String) r[1], toInstant(r[2]),
                ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
