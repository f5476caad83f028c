package cn.partybuilding.volunteer.repository;

import cn.partybuilding.volunteer.domain.CommunityReport;
import cn.partybuilding.volunteer.domain.MemberVolunteerTotals;
import cn.partybuilding.volunteer.domain.RankBy;
import cn.partybuilding.volunteer.domain.RankedTotals;
import cn.partybuilding.volunteer.domain.ReportKind;
import cn.partybuilding.volunteer.domain.StatisticsFilter;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import cn.partybuilding.volunteer.domain.VolunteerTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Confirmed hours, person-times (人次: one per confirmed record) and communities served. Whole
 * months of a period are read from {@code volunteer_month} (kept as records are confirmed), the
 * days at either end and anything about one member from the records' covering indexes; the parts
 * are added up per community or organization here, so a community served in both counts once.
 * Members are ranked from {@code volunteer_member_year} when the period is whole calendar years
 * (the usual 年度 ranking), otherwise from the records.
 */
@ApplicationScoped
public class StatisticsRepository {

    /** Where a stretch of the period is read: the monthly totals or the records themselves. */
    private record Part(boolean months, LocalDate from, LocalDate to) {
    }

    /** Hours and person-times of one (key, community) pair within one part. */
    private record Sum(String key, String communityId, BigDecimal hours, long personTimes) {
    }

    @Inject
    EntityManager em;

    public VolunteerTotals totals(StatisticsFilter filter) {
        List<Sum> sums = sums(filter, "community_id");
        return new VolunteerTotals(sums.stream().map(Sum::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                sums.stream().mapToLong(Sum::personTimes).sum(),
                sums.stream().map(Sum::communityId).distinct().count());
    }

    /** The top {@code limit} members, organizations or communities by confirmed hours; communities come unnamed. */
    public List<RankedTotals> ranking(StatisticsFilter filter, RankBy by, int limit) {
        if (by == RankBy.MEMBER) {
            return memberRanking(filter, limit);
        }
        List<Sum> sums = sums(filter, by == RankBy.COMMUNITY ? "community_id" : "organization_id");
        Map<String, List<Sum>> byKey = sums.stream().collect(Collectors.groupingBy(Sum::key));
        List<RankedTotals> ranked = byKey.entrySet().stream()
                .map(e -> new RankedTotals(e.getKey(), null, e.getValue().stream().map(Sum::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue().stream().mapToLong(Sum::personTimes).sum(),
                        e.getValue().stream().map(Sum::communityId).distinct().count()))
                .sorted(Comparator.comparing(RankedTotals::hours).reversed().thenComparing(RankedTotals::id))
                .limit(limit).toList();
        if (by == RankBy.COMMUNITY) {
            return ranked;
        }
        Map<String, String> names = organizationNames(ranked.stream().map(RankedTotals::id).toList());
        return ranked.stream().map(r -> r.named(names.get(r.id()))).toList();
    }

    /**
     * The member totals of whole years come from the yearly rows, any other period from the
     * records; the names are read for the ranked few only.
     */
    private List<RankedTotals> memberRanking(StatisticsFilter filter, int limit) {
        List<Object> parameters = new ArrayList<>();
        boolean wholeYears = filter.from().getDayOfYear() == 1 && filter.to().plusDays(1).getDayOfYear() == 1;
        String ranked = wholeYears
                ? "SELECT member_id AS ranked_id, SUM(hours) AS total, SUM(person_times) AS person_times,"
                        + " COUNT(DISTINCT community_id) AS communities FROM volunteer_member_year WHERE "
                        + memberYearsWhere(filter, parameters)
                : "SELECT member_id AS ranked_id, SUM(hours) AS total, COUNT(*) AS person_times,"
                        + " COUNT(DISTINCT community_id) AS communities FROM volunteer_record WHERE "
                        + recordsWhere(filter, filter.from(), filter.to(), parameters);
        ranked += " GROUP BY member_id ORDER BY total DESC, member_id LIMIT " + limit;
        String sql = "SELECT ranked.ranked_id, (SELECT MAX(named.member_name) FROM volunteer_record named"
                + " WHERE named.member_id = ranked.ranked_id), ranked.total, ranked.person_times, ranked.communities"
                + " FROM (" + ranked + ") ranked ORDER BY ranked.total DESC, ranked.ranked_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
        return rows.stream().map(r -> new RankedTotals((String) r[0], (String) r[1], (BigDecimal) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue())).toList();
    }

    private Map<String, String> organizationNames(List<String> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("""
                        select r.organizationId, max(r.organizationName) from VolunteerRecord r
                        where r.organizationId in :ids group by r.organizationId""", Object[].class)
                .setParameter("ids", organizationIds).getResultList();
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    /** Hours of the member's records the community has not decided yet. */
    /**
     * A member's own figures of the period in one statement: the confirmed hours, person-times and
     * communities, the hours still awaiting the community, and the community the member reports to
     * now. As three statements (totals, pending hours, the active report) each cost MariaDB about as
     * much as this one does (bench/read-path.sh, the mobile screens).
     */
    public MemberVolunteerTotals memberTotals(String memberId, StatisticsFilter period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT 'REPORTED', community_id, NULL, 0 FROM community_report WHERE active_key = ?1
                        UNION ALL
                        SELECT status, community_id, SUM(hours), COUNT(*) FROM volunteer_record
                         WHERE member_id = ?2 AND status IN ('CONFIRMED', 'SUBMITTED') AND service_date BETWEEN ?3 AND ?4
                         GROUP BY status, community_id""")
                .setParameter(1, CommunityReport.activeKeyOf(ReportKind.MEMBER, null, memberId, null))
                .setParameter(2, memberId).setParameter(3, period.from()).setParameter(4, period.to())
                .getResultList();
        String reportedCommunity = null;
        BigDecimal confirmedHours = BigDecimal.ZERO;
        BigDecimal pendingHours = BigDecimal.ZERO;
        long personTimes = 0;
        Set<String> communities = new HashSet<>();
        for (Object[] row : rows) {
            switch ((String) row[0]) {
                case "REPORTED" -> reportedCommunity = (String) row[1];
                case "CONFIRMED" -> {
                    confirmedHours = confirmedHours.add((BigDecimal) row[2]);
                    personTimes += ((Number) row[3]).longValue();
                    communities.add((String) row[1]);
                }
                default -> pendingHours = pendingHours.add((BigDecimal) row[2]);
            }
        }
        return new MemberVolunteerTotals(memberId, period, new VolunteerTotals(confirmedHours, personTimes, communities.size()),
                pendingHours, reportedCommunity);
    }

    /** Adds a confirmed record to its month and its member's year: atomic upserts, so parallel confirmations all count. */
    public void addConfirmed(VolunteerRecord record) {
        em.createNativeQuery("""
                        INSERT INTO volunteer_month (organization_path, community_id, month, organization_id, hours, person_times)
                        VALUES (?1, ?2, ?3, ?4, ?5, 1)
                        ON DUPLICATE KEY UPDATE hours = hours + ?5, person_times = person_times + 1""")
                .setParameter(1, record.organizationPath).setParameter(2, record.communityId)
                .setParameter(3, record.serviceDate.withDayOfMonth(1)).setParameter(4, record.organizationId)
                .setParameter(5, record.hours).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO volunteer_member_year (service_year, member_id, organization_path, community_id, hours, person_times)
                        VALUES (?1, ?2, ?3, ?4, ?5, 1)
                        ON DUPLICATE KEY UPDATE hours = hours + ?5, person_times = person_times + 1""")
                .setParameter(1, record.serviceDate.getYear()).setParameter(2, record.memberId)
                .setParameter(3, record.organizationPath).setParameter(4, record.communityId)
                .setParameter(5, record.hours).executeUpdate();
    }

    /** The sums per (key, community) over every part of the period. */
    private List<Sum> sums(StatisticsFilter filter, String key) {
        List<Sum> sums = new ArrayList<>();
        for (Part part : parts(filter)) {
            List<Object> parameters = new ArrayList<>();
            String sql = part.months()
                    ? "SELECT " + key + ", community_id, SUM(hours), SUM(person_times) FROM volunteer_month WHERE "
                            + monthsWhere(filter, part, parameters) + " GROUP BY " + key + ", community_id"
                    : "SELECT " + key + ", community_id, SUM(hours), COUNT(*) FROM volunteer_record WHERE "
                            + recordsWhere(filter, part.from(), part.to(), parameters) + " GROUP BY " + key + ", community_id";
            @SuppressWarnings("unchecked")
            List<Object[]> rows = bind(em.createNativeQuery(sql), parameters).getResultList();
            rows.forEach(r -> sums.add(new Sum((String) r[0], (String) r[1], (BigDecimal) r[2], ((Number) r[3]).longValue())));
        }
        return sums;
    }

    /**
     * The whole months inside the period come from the monthly totals, the days before and after
     * them from the records; a member's figures always from the records.
     */
    private static List<Part> parts(StatisticsFilter filter) {
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
        LocalDate endOfWholeMonths = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
        if (filter.memberId() != null || firstWholeMonth.isAfter(endOfWholeMonths)) {
            return List.of(new Part(false, from, to));
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(true, firstWholeMonth, endOfWholeMonths.withDayOfMonth(1)));
        if (from.isBefore(firstWholeMonth)) {
            parts.add(new Part(false, from, firstWholeMonth.minusDays(1)));
        }
        if (to.isAfter(endOfWholeMonths)) {
            parts.add(new Part(false, endOfWholeMonths.plusDays(1), to));
        }
        return parts;
    }

    private static String monthsWhere(StatisticsFilter filter, Part part, List<Object> parameters) {
        StringBuilder where = new StringBuilder("month BETWEEN ").append(parameter(parameters, part.from()))
                .append(" AND ").append(parameter(parameters, part.to()));
        appendScope(where, filter, parameters);
        return where.toString();
    }

    private static String memberYearsWhere(StatisticsFilter filter, List<Object> parameters) {
        StringBuilder where = new StringBuilder("service_year BETWEEN ").append(parameter(parameters, filter.from().getYear()))
                .append(" AND ").append(parameter(parameters, filter.to().getYear()));
        appendScope(where, filter, parameters);
        appendMember(where, filter, parameters);
        return where.toString();
    }

    private static String recordsWhere(StatisticsFilter filter, LocalDate from, LocalDate to, List<Object> parameters) {
        StringBuilder where = new StringBuilder("status = 'CONFIRMED' AND service_date BETWEEN ")
                .append(parameter(parameters, from)).append(" AND ").append(parameter(parameters, to));
        appendScope(where, filter, parameters);
        appendMember(where, filter, parameters);
        return where.toString();
    }

    private static void appendScope(StringBuilder where, StatisticsFilter filter, List<Object> parameters) {
        if (filter.subtreePath() != null) {
            where.append(" AND organization_path LIKE ").append(parameter(parameters, filter.subtreePath() + "%"));
        }
        if (filter.communityId() != null) {
            where.append(" AND community_id = ").append(parameter(parameters, filter.communityId()));
        }
    }

    /** A member's own figures (and a member caller's, whatever else they ask for). */
    private static void appendMember(StringBuilder where, StatisticsFilter filter, List<Object> parameters) {
        if (filter.memberId() != null) {
            where.append(" AND member_id = ").append(parameter(parameters, filter.memberId()));
        }
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
