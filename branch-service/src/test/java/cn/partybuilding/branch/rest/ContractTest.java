package cn.partybuilding.branch.rest;

import cn.partybuilding.testsupport.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The committed contract ({@code contract/branch-service.yaml}) is what clients build against: the
 * build fails when the code drifts from it. After a deliberate change, refresh it with
 * {@code ./mvnw -pl branch-service test -Dtest=ContractTest -Dcontract.update=true} and review the diff.
 */
@QuarkusTest
class ContractTest {

    @Test
    void generatedDocumentMatchesTheCommittedContract() throws IOException {
        ContractAssertions.matchesCommittedContract("branch-service");
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        ContractAssertions.everyOperationIsDocumented(20);
    }
}
