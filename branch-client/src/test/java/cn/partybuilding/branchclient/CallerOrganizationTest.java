package cn.partybuilding.branchclient;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller's organization and subtree decisions, in real requests (through {@link CallerOrganizationProbe}). */
@QuarkusTest
class CallerOrganizationTest {

    @Inject
    BranchServiceStandIn branchService;

    @BeforeEach
    void startOver() {
        branchService.startOver();
    }

    /** A bearer token of an organization administrator, for the organization {@code orgId} (null: none). */
    private static String bearer(String orgId) {
        JwtClaimsBuilder claims = Jwt.issuer("party-local-dev").subject("admin-of-" + orgId).groups("ORG_ADMIN")
                .expiresIn(Duration.ofMinutes(10));
        if (orgId != null) {
            claims.claim("orgId", orgId);
        }
        return "Bearer " + claims.sign();
    }

    private static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer);
    }

    /** Whether {@code id} lies in {@code subtree} (null: anywhere), asked by the administrator of A. */
    private static ValidatableResponse within(String subtree, String id) {
        RequestSpecification request = as(bearer("A"));
        if (subtree != null) {
            request.queryParam("subtree", subtree);
        }
        return request.get("/probe/within/" + id).then();
    }

    private static void assertOrganizationNotFound(ValidatableResponse response, String field) {
        response.statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("ORGANIZATION_NOT_FOUND"))
                .body("errors.field", equalTo(List.of(field)));
    }

    @Test
    void theCallersPathIsReadOncePerRequestAndPassesTheTokenOn() {
        String bearer = bearer("B");

        as(bearer).get("/probe/own-subtree/C").then().statusCode(200).body(equalTo("/A/B/C/"));
        assertEquals(List.of(bearer), branchService.authorizations("organization B"));
        assertEquals(List.of(bearer), branchService.authorizations("organization C"));

        // a new request reads it again (the probe emptied the cache): the memory is the request's
        as(bearer).get("/probe/own-subtree/C").then().statusCode(200).body(equalTo("/A/B/C/"));
        assertEquals(2, branchService.calls("organization B"));
    }

    @Test
    void anOrganizationOutsideTheCallersSubtreeIsNotFound() {
        assertOrganizationNotFound(as(bearer("B")).get("/probe/own-subtree/A").then(), "organizationId");
        assertOrganizationNotFound(as(bearer("B")).get("/probe/own-subtree/B1").then(), "organizationId");
        as(bearer("A")).get("/probe/own-subtree/B1").then().statusCode(200).body(equalTo("/A/B1/"));
    }

    @Test
    void withinAcceptsTheSubtreeAndWhatLiesInIt() {
        within("/A/B/", "B").statusCode(200).body(equalTo("/A/B/"));
        within("/A/B/", "C").statusCode(200).body(equalTo("/A/B/C/"));
        within("/A/", "B1").statusCode(200).body(equalTo("/A/B1/"));
    }

    /** Outside the subtree answers exactly like an organization that does not exist: nothing is revealed. */
    @Test
    void withinRefusesWhatLiesOutsideLikeWhatDoesNotExist() {
        assertOrganizationNotFound(within("/A/B/", "A"), "organizationId");
        assertOrganizationNotFound(within("/A/B/C/", "B"), "organizationId");
        assertOrganizationNotFound(within("/A/B/", "Z"), "organizationId");
    }

    /** "/A/B1/" starts with "/A/B" but not with "/A/B/": a sibling whose id extends B's is outside B. */
    @Test
    void withinIsNotFooledByASiblingSharingThePrefix() {
        assertOrganizationNotFound(within("/A/B/", "B1"), "organizationId");
        within("/A/B1/", "B1").statusCode(200);
        assertOrganizationNotFound(within("/A/B1/", "B"), "organizationId");
    }

    @Test
    void withoutASubtreeAnyOrganizationIsAccepted() {
        within(null, "A").statusCode(200).body(equalTo("/A/"));
        within(null, "B1").statusCode(200).body(equalTo("/A/B1/"));
        assertOrganizationNotFound(within(null, "Z"), "organizationId");
    }

    /** Caller.requireOrganizationId refuses the token before anything is asked of branch-service. */
    @Test
    void aTokenWithoutOrganizationIsRefusedWithoutAskingBranchService() {
        as(bearer(null)).get("/probe/own-subtree/C").then().statusCode(403)
                .body("code", equalTo("NO_ORGANIZATION_IN_TOKEN"));
        assertEquals(0, branchService.totalCalls());
    }

    @Test
    void aTokenNamingAnOrganizationBranchServiceDoesNotShowIsA422OnOrgId() {
        assertOrganizationNotFound(as(bearer("Z")).get("/probe/own-subtree/C").then(), "orgId");
        assertEquals(1, branchService.totalCalls());
    }
}
