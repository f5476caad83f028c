package cn.partybuilding.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.testsupport.ContractFuzz;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The merged contract (contract/openapi.yaml, what the gateway serves) fuzzed through the gateway
 * against every running service: junk in every path id, query parameter, cursor and body field of
 * every operation, as a system administrator and as an organization's administrator. Never a 5xx,
 * and never a 429 either: the suite's rate limit is raised so that the junk reaches the services.
 */
@ExtendWith(RunningSuiteExtension.class)
class MergedContractFuzzTest {

    private static final Logger LOG = Logger.getLogger(MergedContractFuzzTest.class.getName());
    private static final int MINIMUM_REQUESTS = 1_000;

    private static JsonNode contract;
    private static RunningSuite suite;

    @BeforeAll
    static void readContract(RunningSuite runningSuite) throws IOException {
        suite = runningSuite;
        Path repoRoot = Path.of(System.getProperty("e2e.repo-root", ".."));
        contract = new ObjectMapper(new YAMLFactory()).readTree(repoRoot.resolve("contract/openapi.yaml").toFile());
    }

    @Test
    void junkFromASystemAdministratorIsNeverAServerError() {
        fuzzAs("SYSTEM_ADMIN", "Bearer " + suite.systemAdminToken());
    }

    @Test
    void junkFromAnOrganizationsAdministratorIsNeverAServerError() {
        String systemAdmin = "Bearer " + suite.systemAdminToken();
        // a party committee of the demo data: an administrator of a subtree, not of everything
        String orgId = given().baseUri(suite.gatewayUrl().toString()).header("Authorization", systemAdmin)
                .queryParam("type", "PARTY_COMMITTEE").queryParam("limit", 1)
                .get("/v1/organizations").then().statusCode(200).extract().path("items[0].id");
        fuzzAs("ORG_ADMIN of " + orgId, "Bearer " + suite.orgAdminToken(orgId));
    }

    private static void fuzzAs(String caller, String authorization) {
        List<ContractFuzz.Outcome> outcomes = ContractFuzz.run(contract, suite.gatewayUrl().toString(), authorization);
        LOG.info(() -> caller + ": " + outcomes.size() + " junk requests through the gateway");
        assertEquals(List.of(), outcomes.stream().filter(outcome -> outcome.status() == 429).toList(),
                "rate-limited: the junk did not reach the services");
        ContractFuzz.assertNoServerErrors(contract, outcomes, MINIMUM_REQUESTS);
    }
}
