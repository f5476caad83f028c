package cn.partybuilding.assessment.repository;

import cn.partybuilding.assessment.domain.BallotChoice;
import cn.partybuilding.assessment.domain.DutyReport;
import cn.partybuilding.assessment.domain.DutyReportStatus;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 述职评议 and their ballots. The ballot tables are written and read here only through
 * {@link #recordVoter}, {@link #countBallot} and {@link #totals}: nothing reads who chose what,
 * because no row holds both.
 */
@ApplicationScoped
public class DutyReportRepository implements PanacheRepositoryBase<DutyReport, String> {

    /** Reports in the subtree (a path prefix, or null for everything), by year and status, each optional; by id. */
    public List<DutyReport> page(String subtreePath, Integer year, DutyReportStatus status, String afterId, int limit) {
        Where where = new Where()
                .and("r.organizationPath like :subtree", "subtree", subtreePath == null ? null : subtreePath + "%")
                .and("r.year = :year", "year", year)
                .and("r.status = :status", "status", status)
                .and("r.id > :after", "after", afterId);
        return find("from DutyReport r where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public Optional<DutyReport> lockById(String id) {
        return RowLocks.lock(getEntityManager(), DutyReport.class, id);
    }

    /** The four tally rows of a new report, each at zero. */
    public void openTally(String reportId) {
        for (BallotChoice choice : BallotChoice.values()) {
            getEntityManager().createNativeQuery("INSERT INTO duty_ballot_tally (report_id, choice, ballots) VALUES (?1, ?2, 0)")
                    .setParameter(1, reportId).setParameter(2, choice.name()).executeUpdate();
        }
    }

    /**
     * Records that this member has voted on the report; false when they already had. The caller holds
     * the report's row lock, so parallel ballots of one voter come here one after the other; the
     * primary key (report, voter) refuses a second row even without it.
     */
    public boolean recordVoter(String reportId, String memberId) {
        boolean voted = !getEntityManager().createNativeQuery(
                        "SELECT member_id FROM duty_ballot_voter WHERE report_id = ?1 AND member_id = ?2")
                .setParameter(1, reportId).setParameter(2, memberId).getResultList().isEmpty();
        if (voted) {
            return false;
        }
        getEntityManager().createNativeQuery("INSERT INTO duty_ballot_voter (report_id, member_id) VALUES (?1, ?2)")
                .setParameter(1, reportId).setParameter(2, memberId).executeUpdate();
        return true;
    }

    /** Adds one ballot to the choice's count, with no trace of whose ballot it was. */
    public void countBallot(String reportId, BallotChoice choice) {
        getEntityManager().createNativeQuery("UPDATE duty_ballot_tally SET ballots = ballots + 1 WHERE report_id = ?1 AND choice = ?2")
                .setParameter(1, reportId).setParameter(2, choice.name()).executeUpdate();
    }

    /** The ballots per choice. */
    public Map<BallotChoice, Integer> totals(String reportId) {
        Map<BallotChoice, Integer> totals = new EnumMap<>(BallotChoice.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT choice, ballots FROM duty_ballot_tally WHERE report_id = ?1")
                .setParameter(1, reportId).getResultList();
        for (Object[] row : rows) {
            totals.put(BallotChoice.valueOf((String) row[0]), ((Number) row[1]).intValue());
        }
        return totals;
    }
}
