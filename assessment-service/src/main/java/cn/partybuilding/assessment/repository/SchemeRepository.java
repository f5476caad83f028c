package cn.partybuilding.assessment.repository;

import cn.partybuilding.assessment.domain.AssessmentScheme;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<AssessmentScheme, String> {

    /** A page of schemes after {@code afterId}, restricted by {@code where} (alias {@code s}). */
    public List<AssessmentScheme> page(Where where, String afterId, int limit) {
        where.and("s.id > :after", "after", afterId);
        return find("from AssessmentScheme s where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    /** Locks the scheme's row until the transaction ends: edits and the first assessment take turns. */
    public Optional<AssessmentScheme> lock(String id) {
        return RowLocks.lock(getEntityManager(), AssessmentScheme.class, id);
    }

    public boolean nameTaken(String issuerId, int year, String name, String exceptId) {
        return count("issuerId = ?1 and year = ?2 and name = ?3 and id <> ?4", issuerId, year, name,
                exceptId == null ? "" : exceptId) > 0;
    }
}
