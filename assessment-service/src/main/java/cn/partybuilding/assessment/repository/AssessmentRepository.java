package cn.partybuilding.assessment.repository;

import cn.partybuilding.assessment.domain.Assessment;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, String> {

    /** A page of assessments after {@code afterId}, restricted by {@code where} (alias {@code a}). */
    public List<Assessment> page(Where where, String afterId, int limit) {
        where.and("a.id > :after", "after", afterId);
        return find("from Assessment a where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public boolean existsForScheme(String schemeId) {
        return count("schemeId", schemeId) > 0;
    }

    public boolean exists(String schemeId, String organizationId) {
        return count("schemeId = ?1 and organizationId = ?2", schemeId, organizationId) > 0;
    }

    /** Locks the assessment's row until the transaction ends. */
    public Optional<Assessment> lock(String id) {
        return RowLocks.lock(getEntityManager(), Assessment.class, id);
    }
}
