package cn.partybuilding.branch.rest;

import cn.partybuilding.branch.Api;
import cn.partybuilding.testsupport.ContractFuzz;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Junk in every path id, query parameter, cursor and body field of this service's contract: never a 5xx. */
@QuarkusTest
class ContractFuzzTest {

    @Test
    void junkAnywhereIsNeverAServerError() throws Exception {
        ContractFuzz.assertNoServerErrors("Bearer " + Api.systemAdmin(), 300);
    }
}
