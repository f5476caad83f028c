package cn.partybuilding.branch.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.partybuilding.branch.domain.Member;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.junit.jupiter.api.Test;

/**
 * A member's posts are loaded by the loader Hibernate built at start, up to 200 members' at once:
 * nothing in the session's settings differs from the collection's own, which would make Hibernate
 * build a new loader and its SQL for every member read (common-persistence's fetch.batch-size).
 */
@QuarkusTest
class MemberPostsLoadingTest {

    @Inject
    EntityManager entityManager;

    @Test
    @Transactional
    void postsLoadWithTheLoaderBuiltAtStart() {
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        CollectionPersister posts = session.getFactory().getMappingMetamodel()
                .getCollectionDescriptor(Member.class.getName() + ".posts");

        assertEquals(200, posts.getBatchSize());
        assertFalse(posts.getAttributeMapping().isAffectedByInfluencers(session.getLoadQueryInfluencers(), true),
                "the session's load settings would make Hibernate build a loader per read");
    }
}
