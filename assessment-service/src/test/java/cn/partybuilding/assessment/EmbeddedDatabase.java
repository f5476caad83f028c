package cn.partybuilding.assessment;

import cn.partybuilding.embeddeddb.MariaDbTestResource;
import cn.partybuilding.testsupport.BranchServiceStub;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against one real MariaDB and one branch-service stub. */
@WithTestResource(value = MariaDbTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BranchServiceStub.class, scope = TestResourceScope.GLOBAL)
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }
}
