package cn.partybuilding.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * Pessimistic row locks that work on MySQL 8 and MariaDB alike. Hibernate's own lock clause for
 * MySQL 8 ({@code FOR UPDATE OF alias}) is a syntax error on MariaDB, so the lock is a plain
 * {@code SELECT ... FOR UPDATE} on the key, and the entity is re-read afterwards. With READ
 * COMMITTED isolation (set on every datasource) that re-read sees the latest committed row.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Locks the row of the entity's table with this id until the transaction ends, and loads it fresh. */
    public static <T> Optional<T> lock(EntityManager em, Class<T> entity, String id) {
        String table = entity.getAnnotation(Table.class).name();
        boolean exists = !em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList().isEmpty();
        if (!exists) {
            return Optional.empty();
        }
        T row = em.find(entity, id);
        em.refresh(row);
        return Optional.of(row);
    }
}
