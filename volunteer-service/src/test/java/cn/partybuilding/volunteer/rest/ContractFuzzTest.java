package cn.partybuilding.volunteer.rest;

import cn.partybuilding.volunteer.Fixtures;
import cn.partybuilding.testsupport.ContractFuzz;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Junk in every path id, query parameter, cursor and body field of this service's contract: never a 5xx. */
@QuarkusTest
class ContractFuzzTest {

    @Test
    void junkAnywhereIsNeverAServerError() throws Exception {
        ContractFuzz.assertNoServerErrors("Bearer " + Fixtures.token("admin", null, null, "SYSTEM_ADMIN"), 300);
    }
}
