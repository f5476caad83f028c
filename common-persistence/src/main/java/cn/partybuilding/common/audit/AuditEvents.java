package cn.partybuilding.common.audit;

import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.paging.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/** Reads the audit trail: newest first, within the caller's subtree. */
@ApplicationScoped
public class AuditEvents {

    @Inject
    EntityManager entityManager;

    @Inject
    CallerSubtree subtree;

    public Page<AuditEvent> page(AuditEventQuery query, PageParams page) {
        String scope = subtree.path();
        Where where = new Where()
                .and("e.organizationPath like :scope", "scope", scope == null ? null : scope + "%")
                .and("e.resourceType = :type", "type", query.resourceType())
                .and("e.resourceId = :resource", "resource", query.resourceId())
                .and("e.actorSubject = :actor", "actor", query.actor())
                .and("e.action = :action", "action", query.action())
                .and("e.occurredAt >= :from", "from", query.from())
                .and("e.occurredAt < :to", "to", query.to())
                .and("e.id < :before", "before", page.after());
        var select = entityManager.createQuery("from AuditEvent e where " + where.jpql() + " order by e.id desc",
                AuditEvent.class);
        where.parameters().forEach(select::setParameter);
        return Page.of(select.setMaxResults(page.limit + 1).getResultList(), page.limit, e -> e.id, Function.identity());
    }
}
