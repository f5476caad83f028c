package cn.partybuilding.volunteer.rest;

import cn.partybuilding.testsupport.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** {@code contract/volunteer-service.yaml} is the committed contract; refresh with -Dcontract.update=true. */
@QuarkusTest
class ContractTest {

    @Test
    void generatedDocumentMatchesTheCommittedContract() throws IOException {
        ContractAssertions.matchesCommittedContract("volunteer-service");
    }

    @Test
    void everyOperationIsDocumented() throws IOException {
        ContractAssertions.everyOperationIsDocumented(10);
    }
}
