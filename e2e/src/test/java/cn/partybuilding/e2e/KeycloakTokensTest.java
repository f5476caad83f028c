package cn.partybuilding.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite trusting a real identity provider: Keycloak with the realm of deploy/keycloak/, and a
 * suite of its own whose services and gateway verify tokens against the realm's issuer and keys
 * (JWT_ISSUER, JWT_PUBLIC_KEY_LOCATION), as in production. Tokens of the realm's clients keep the
 * same scope rules as any other: an API client reads its organization's subtree, a member their own
 * record (named by the memberId claim), and a token of another issuer is refused.
 */
class KeycloakTokensTest {

    private static final Logger LOG = Logger.getLogger(KeycloakTokensTest.class.getName());
    /** The realm file's placeholder, filled as an operator does; never a committed secret. */
    private static final String GOV_EXCHANGE_SECRET = "e2e-" + Long.toString(System.nanoTime(), 36);
    private static final String PASSWORD = "e2e-" + Long.toString(System.nanoTime(), 36);
    private static final int BRANCHES_LOOKED_AT = 50;

    private static Keycloak keycloak;
    private static RunningSuite suite;
    private static String branchA;
    private static String branchB;
    private static String memberA;
    private static String memberB;

    @BeforeAll
    static void start() {
        long started = System.nanoTime();
        keycloak = Keycloak.launch(Map.of("GOV_EXCHANGE_CLIENT_SECRET", GOV_EXCHANGE_SECRET));
        try {
            suite = RunningSuite.start("keycloak-suite", Map.of(
                    "JWT_ISSUER", keycloak.issuer(),
                    "JWT_PUBLIC_KEY_LOCATION", keycloak.keysUrl()));
            keycloak.awaitReady();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        LOG.info(() -> "Keycloak and the suite are up after " + (System.nanoTime() - started) / 1_000_000_000 + " s");
        // test-only: the password grant stands in for the app's login page
        keycloak.allowDirectAccessGrants("party-mobile");
        keycloak.createUser("e2e-system-admin", PASSWORD, Map.of(), "SYSTEM_ADMIN");
        pickTwoBranchesWithMembers(keycloak.passwordToken("party-mobile", "e2e-system-admin", PASSWORD));
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** Two branches of the demo data (disjoint subtrees) and a member of each, read as a system administrator. */
    private static void pickTwoBranchesWithMembers(String adminToken) {
        List<String> branches = gateway(adminToken).queryParam("type", "BRANCH").queryParam("limit", BRANCHES_LOOKED_AT)
                .get("/v1/organizations").then().statusCode(200).extract().path("items.id");
        List<String[]> found = new ArrayList<>();
        for (String branch : branches) {
            List<String> members = gateway(adminToken).queryParam("organizationId", branch).queryParam("limit", 1)
                    .get("/v1/members").then().statusCode(200).extract().path("items.id");
            if (!members.isEmpty()) {
                found.add(new String[] {branch, members.get(0)});
            }
            if (found.size() == 2) {
                break;
            }
        }
        assertEquals(2, found.size(), "the demo data has two branches with members");
        branchA = found.get(0)[0];
        memberA = found.get(0)[1];
        branchB = found.get(1)[0];
        memberB = found.get(1)[1];
    }

    @Test
    void theApiClientReadsItsOrganizationsSubtreeAndNoOther() {
        // the operator names the organization on the client's service account
        keycloak.setUserAttributes("service-account-gov-exchange", Map.of("orgId", branchA));
        String token = keycloak.clientCredentialsToken("gov-exchange", GOV_EXCHANGE_SECRET);

        gateway(token).get("/v1/organizations/" + branchA).then().statusCode(200).body("id", equalTo(branchA));
        gateway(token).get("/v1/members/" + memberA).then().statusCode(200).body("id", equalTo(memberA));
        gateway(token).queryParam("subtreeOf", branchA).get("/v1/organizations").then().statusCode(200)
                .body("items.id", hasItem(branchA));
        assertRefused(gateway(token).get("/v1/organizations/" + branchB).statusCode());
        assertRefused(gateway(token).get("/v1/members/" + memberB).statusCode());
    }

    @Test
    void theApiClientWritesMembersOnlyWhenItAsksForTheMembersWriteScope() {
        keycloak.setUserAttributes("service-account-gov-exchange", Map.of("orgId", branchA));
        Map<String, Object> member = Map.of("organizationId", branchA, "name", "王志刚", "gender", "MALE", "status", "FULL",
                "joinedOn", "2018-07-01");
        String readOnly = keycloak.clientCredentialsToken("gov-exchange", GOV_EXCHANGE_SECRET);
        assertEquals(403, gateway(readOnly).contentType("application/json").body(member).post("/v1/members").statusCode());

        String writer = keycloak.clientCredentialsToken("gov-exchange", GOV_EXCHANGE_SECRET, "members:write");
        gateway(writer).contentType("application/json").body(member).post("/v1/members").then().statusCode(201)
                .body("organizationId", equalTo(branchA));
        // another subtree's branch is unknown to it, as a field of the body: 422
        gateway(writer).contentType("application/json")
                .body(Map.of("organizationId", branchB, "name", "王志刚", "gender", "MALE", "status", "FULL", "joinedOn", "2018-07-01"))
                .post("/v1/members").then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void aMemberIsNamedByTheMemberIdClaimAndReadsTheirOwnRecordOnly() {
        String organization = gateway(keycloak.passwordToken("party-mobile", "e2e-system-admin", PASSWORD))
                .get("/v1/members/" + memberA).then().statusCode(200).extract().path("organizationId");
        keycloak.createUser("e2e-member", PASSWORD, Map.of("memberId", memberA, "orgId", organization), "MEMBER");
        String token = keycloak.passwordToken("party-mobile", "e2e-member", PASSWORD);

        gateway(token).get("/v1/members/me").then().statusCode(200).body("id", equalTo(memberA));
        gateway(token).get("/v1/members/" + memberA).then().statusCode(200).body("id", equalTo(memberA));
        assertRefused(gateway(token).get("/v1/members/" + memberB).statusCode());
        assertRefused(gateway(token).get("/v1/organizations/" + branchB).statusCode());
        // the claims that scope a member are the administrators' to set, not the member's
        assertEquals(400, keycloak.userUpdatesOwnAttributes(token, Map.of("memberId", memberB)));
    }

    @Test
    void aTokenTheRealmDidNotSignIsRefused() {
        // signed by the local development key, which this suite does not trust
        String devToken = suite.systemAdminToken();
        gateway(devToken).get("/v1/organizations").then().statusCode(401);
        gateway(devToken).get("/v1/members/" + memberA).then().statusCode(401);
    }

    private static RequestSpecification gateway(String token) {
        return given().baseUri(suite.gatewayUrl().toString()).header("Authorization", "Bearer " + token);
    }

    private static void assertRefused(int status) {
        assertTrue(status == 403 || status == 404, "refused (403, or 404 that hides what is out of scope), not " + status);
    }
}
