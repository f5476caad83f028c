package cn.partybuilding.assessment.rest;

import cn.partybuilding.testsupport.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code contract/assessment-service.yaml} is the committed contract; refresh with -Dcontract.update=true. */
@QuarkusTest
class ContractTest {

    @Test
    void generatedDocumentMatchesTheCommittedContract() throws IOException {
        ContractAssertions.matchesCommittedContract("assessment-service");
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        ContractAssertions.everyOperationIsDocumented(12);
    }
}
