package cn.partybuilding.volunteer.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Confirmed hours, person-times (人次: one per confirmed record), volunteers and communities served.
 * Each query reads one of the two covering indexes of volunteer_record: by status, path and date
 * for small subtrees, by status and date for large ones (the optimizer picks by their ranges).
 * The names in rankings are read afterwards, for the ranked rows only.
 */
@ApplicationScoped
public class StatisticsRepository {

    public enum RankBy {
        MEMBER("member_id", "member_name"),
        ORGANIZATION("organization_id", "organization_name"),
        /** named from the community table by the caller */
        COMMUNITY("community_id", null);

        final String key;
        final String name;

        RankBy(String key, String name) {
            this.key = key;
            this.name = name;
        }
    }

    /** What to count: a period of service dates, and optionally a subtree, a community and a member. */
    public record Criteria(LocalDate from, LocalDate to, String subtreePath, String communityId, String memberId) {
    }

    public record Totals(BigDecimal hours, long personTimes, long volunteers, long communities) {
    }

    public record Ranked(String id, String name, BigDecimal hours, long personTimes, long communities) {
    }

    @Inject
    EntityManager em;

    public Totals totals(Criteria criteria) {
        List<Object> parameters = new ArrayList<>();
        Object[] row = (Object[]) bind(em.createNativeQuery(
                "SELECT COALESCE(SUM(hours), 0), COUNT(*), COUNT(DISTINCT member_id), COUNT(DISTINCT community_id)"
                        + " FROM volunteer_record WHERE " + where(criteria, parameters)), parameters).getSingleResult();
        return new Totals((BigDecimal) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue());
    }

    /**
     * The top {@code limit} members, organizations or communities by confirmed hours. The ranking
     * reads only the covering index; names are not in it, so they are looked up for the ranked few
     * only (the largest name of the counted rows, per key).
     */
    public List<Ranked> ranking(Criteria criteria, RankBy by, int limit) {
        List<Object> parameters = new ArrayList<>();
        String ranked = "SELECT " + by.key + " AS ranked_id, SUM(hours) AS total, COUNT(*) AS person_times,"
                + " COUNT(DISTINCT community_id) AS communities FROM volunteer_record WHERE " + where(criteria, parameters)
                + " GROUP BY " + by.key + " ORDER BY total DESC, " + by.key + " LIMIT " + limit;
        String name = by.name == null ? "NULL"
                : "(SELECT MAX(named." + by.name + ") FROM volunteer_record named WHERE named." + by.key + " = ranked.ranked_id AND "
                + where(criteria, parameters) + ")";
        String sql = "SELECT ranked.ranked_id, " + name + ", ranked.total, ranked.person_times, ranked.communities"
                + " FROM (" + ranked + ") ranked ORDER BY ranked.total DESC, ranked.ranked_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(r -> new Ranked((String) r[0], (String) r[1], (BigDecimal) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    /** Hours of the member's records the community has not decided yet. */
    public BigDecimal pendingHours(String memberId, LocalDate from, LocalDate to) {
        return (BigDecimal) em.createNativeQuery("""
                        SELECT COALESCE(SUM(hours), 0) FROM volunteer_record
                        WHERE member_id = ?1 AND status = 'SUBMITTED' AND service_date BETWEEN ?2 AND ?3""")
                .setParameter(1, memberId).setParameter(2, from).setParameter(3, to).getSingleResult();
    }

    private static String where(Criteria criteria, List<Object> parameters) {
        StringBuilder where = new StringBuilder("status = 'CONFIRMED' AND service_date BETWEEN ")
                .append(parameter(parameters, criteria.from())).append(" AND ").append(parameter(parameters, criteria.to()));
        if (criteria.subtreePath() != null) {
            where.append(" AND organization_path LIKE ").append(parameter(parameters, criteria.subtreePath() + "%"));
        }
        if (criteria.communityId() != null) {
            where.append(" AND community_id = ").append(parameter(parameters, criteria.communityId()));
        }
        if (criteria.memberId() != null) {
            where.append(" AND member_id = ").append(parameter(parameters, criteria.memberId()));
        }
        return where.toString();
    }

    private static String parameter(List<Object> parameters, Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }
}
