package cn.partybuilding.assessment;

import cn.partybuilding.embeddeddb.MariaDbTestResource;
import cn.partybuilding.testsupport.BranchServiceStub;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against one real MariaDB, one branch-service stub and one stub of activity- and volunteer-service. */
@WithTestResource(value = MariaDbTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = BranchServiceStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MetricServicesStub.class, scope = TestResourceScope.GLOBAL)
public final class EmbeddedDatabase {

    private EmbeddedDatabase() {
    }
}
