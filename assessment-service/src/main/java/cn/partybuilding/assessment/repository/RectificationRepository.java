package cn.partybuilding.assessment.repository;

import cn.partybuilding.assessment.domain.Rectification;
import cn.partybuilding.assessment.domain.RectificationReview;
import cn.partybuilding.assessment.domain.RectificationStatus;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class RectificationRepository implements PanacheRepositoryBase<Rectification, String> {

    /**
     * Items in the subtree (a path prefix, or null for everything) by report and status, each
     * optional; {@code overdueBefore} keeps the OPEN items whose deadline is before that date. By id.
     */
    public List<Rectification> page(String subtreePath, String dutyReportId, RectificationStatus status, LocalDate overdueBefore,
                                    String afterId, int limit) {
        Where where = new Where()
                .and("r.organizationPath like :subtree", "subtree", subtreePath == null ? null : subtreePath + "%")
                .and("r.dutyReportId = :report", "report", dutyReportId)
                .and("r.status = :status", "status", status)
                .and("r.id > :after", "after", afterId);
        if (overdueBefore != null) {
            where.and("r.status = :open", "open", RectificationStatus.OPEN).and("r.deadline < :today", "today", overdueBefore);
        }
        return find("from Rectification r where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public Optional<Rectification> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Rectification.class, id);
    }

    public void addReview(RectificationReview review) {
        getEntityManager().persist(review);
    }

    public List<RectificationReview> reviews(String rectificationId) {
        return getEntityManager().createQuery("from RectificationReview v where v.rectificationId = :id order by v.id", RectificationReview.class)
                .setParameter("id", rectificationId).getResultList();
    }
}
