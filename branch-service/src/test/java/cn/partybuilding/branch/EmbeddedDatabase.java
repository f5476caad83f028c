package cn.partybuilding.branch;

import cn.partybuilding.embeddeddb.MariaDbTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against one real MariaDB (or the server named by DB_URL). */
@WithTestResource(value = MariaDbTestResource.class, scope = TestResourceScope.GLOBAL)
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }
}
