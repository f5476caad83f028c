package cn.partybuilding.bench.reference;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/** Fills the table with 10,000 rows on the first start; later starts find them there. */
public class Seed {

    static final int ROWS = 10_000;

    @Inject
    EntityManager entityManager;

    @Transactional
    void fill(@Observes StartupEvent event) {
        long rows = entityManager.createQuery("select count(i) from Item i", Long.class).getSingleResult();
        if (rows >= ROWS) {
            return;
        }
        for (int i = (int) rows + 1; i <= ROWS; i++) {
            Item item = new Item();
            item.id = id(i);
            item.name = "党员" + i;
            item.organizationId = id(i % 500 + 1_000_000);
            item.status = i % 10 == 0 ? "PROBATIONARY" : "FULL";
            item.joinedOn = LocalDate.of(2000, 1, 1).plusDays(i);
            entityManager.persist(item);
            if (i % 500 == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
    }

    /** The i-th row's key: 26 characters, like the suite's ids. */
    static String id(int i) {
        return String.format("%026d", i);
    }
}
