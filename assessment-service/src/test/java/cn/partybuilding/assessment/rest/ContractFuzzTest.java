package cn.partybuilding.assessment.rest;

import cn.partybuilding.assessment.Fixtures;
import cn.partybuilding.testsupport.ContractFuzz;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Junk in every path id, query parameter, cursor and body field of this service's contract: never a 5xx. */
@QuarkusTest
class ContractFuzzTest {

    @Test
    void junkAnywhereIsNeverAServerError() throws Exception {
        ContractFuzz.assertNoServerErrors("Bearer " + Fixtures.token("admin", null, "SYSTEM_ADMIN"), 100);
    }
}
