package cn.partybuilding.volunteer.repository;

import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.volunteer.domain.RecordStatus;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import cn.partybuilding.volunteer.domain.VolunteerRecordFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class VolunteerRecordRepository implements PanacheRepositoryBase<VolunteerRecord, String> {

    public Where where(VolunteerRecordFilter filter) {
        return new Where()
                .and("r.memberId = :member", "member", filter.memberId())
                .and("r.communityId = :community", "community", filter.communityId())
                .and("r.organizationPath like :subtree", "subtree", filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("r.status = :status", "status", filter.status())
                .and("r.serviceDate >= :from", "from", filter.from())
                .and("r.serviceDate <= :to", "to", filter.to());
    }

    public List<VolunteerRecord> page(Where where, String afterId, int limit) {
        where.and("r.id > :after", "after", afterId);
        return find("from VolunteerRecord r where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    /**
     * Serializes the writes of one member's records: the member's row in {@code volunteer} is made
     * if missing and locked until the transaction ends, so two parallel records cannot both pass
     * the overlap and daily checks. {@code INSERT IGNORE} works on MySQL 8 and MariaDB alike.
     */
    public void lockVolunteer(String memberId) {
        var em = getEntityManager();
        em.createNativeQuery("INSERT IGNORE INTO volunteer (member_id, created_at) VALUES (?1, ?2)")
                .setParameter(1, memberId).setParameter(2, StoredTime.now()).executeUpdate();
        em.createNativeQuery("SELECT member_id FROM volunteer WHERE member_id = ?1 FOR UPDATE")
                .setParameter(1, memberId).getResultList();
    }

    /** The member's counting records that overlap the time or start on the same (CST) day. */
    public List<ServiceTimeRules.Span> countingSpansAround(String memberId, Instant start, Instant end) {
        return getEntityManager().createQuery("""
                        select r.startAt, r.endAt, r.hours from VolunteerRecord r
                        where r.memberId = :member and r.status <> :rejected
                        and ((r.startAt < :end and r.endAt > :start) or r.serviceDate = :day)""", Object[].class)
                .setParameter("member", memberId).setParameter("rejected", RecordStatus.REJECTED)
                .setParameter("start", start).setParameter("end", end)
                .setParameter("day", ServiceTimeRules.serviceDate(start))
                .getResultStream()
                .map(row -> new ServiceTimeRules.Span((Instant) row[0], (Instant) row[1], (BigDecimal) row[2]))
                .toList();
    }

    public Optional<VolunteerRecord> lockById(String id) {
        return RowLocks.lock(getEntityManager(), VolunteerRecord.class, id);
    }

    /** A member's confirmed records in a period, oldest first, for the certificate. */
    public List<VolunteerRecord> confirmed(String memberId, LocalDate from, LocalDate to) {
        Where where = where(new VolunteerRecordFilter(memberId, null, null, RecordStatus.CONFIRMED, from, to));
        return find("from VolunteerRecord r where " + where.jpql(), Sort.by("startAt"), where.parameters()).list();
    }
}
