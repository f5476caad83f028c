package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.committeeWithBranch;
import static cn.partybuilding.branch.Api.member;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A token is trusted no further than its role: a member's scope is the branch of their member
 * record, whatever orgId the token claims, and community staff act for their community alone.
 */
@QuarkusTest
class TokenScopeTest {

    private String ownCommittee;
    private String ownBranch;
    private String otherBranch;
    private String memberId;

    @BeforeEach
    void twoTrees() {
        String[] own = committeeWithBranch();
        ownCommittee = own[0];
        ownBranch = own[1];
        otherBranch = committeeWithBranch()[1];
        memberId = member(ownBranch, "刘海燕");
    }

    @Test
    void aMembersScopeComesFromTheirRecordNotFromTheClaim() {
        as(token(memberId, null, "MEMBER")).get("/v1/organizations/" + ownBranch).then().statusCode(200);
        as(token(memberId, ownBranch, "MEMBER")).get("/v1/organizations/" + ownBranch).then().statusCode(200)
                .body("id", equalTo(ownBranch));
        as(token(memberId, ownBranch, "MEMBER")).get("/v1/organizations/" + otherBranch).then().statusCode(404);
    }

    @Test
    void aMemberTokenClaimingAnotherOrganizationIsRefused() {
        for (String claimed : new String[]{otherBranch, ownCommittee}) {
            problem(as(token(memberId, claimed, "MEMBER")).get("/v1/organizations/" + claimed).then(),
                    403, "TOKEN_MEMBER_MISMATCH");
            problem(as(token(memberId, claimed, "MEMBER")).get("/v1/members/" + memberId).then(),
                    403, "TOKEN_MEMBER_MISMATCH");
        }
    }

    @Test
    void aMemberTokenForNoMemberIsRefused() {
        problem(as(token("01ARZ3NDEKTSV4RRFFQ69G5FAV", ownBranch, "MEMBER")).get("/v1/organizations/" + ownBranch).then(),
                403, "TOKEN_MEMBER_MISMATCH");
    }

    @Test
    void aMemberWhoIsTransferredSeesTheirNewBranch() {
        asAdmin().body(Map.of("toOrganizationId", otherBranch, "reason", "工作调动"))
                .post("/v1/members/" + memberId + "/transfers").then().statusCode(201);
        as(token(memberId, null, "MEMBER")).get("/v1/organizations/" + otherBranch).then().statusCode(200);
        as(token(memberId, null, "MEMBER")).get("/v1/organizations/" + ownBranch).then().statusCode(404);
    }

    @Test
    void aMemberReadIsCheckedAgainstTheTokensOrganizationAsTheTreeIsNow() {
        String otherCommittee = committeeWithBranch()[0];
        String ownAdmin = token("org-admin-1", ownCommittee, "ORG_ADMIN");
        String otherAdmin = token("org-admin-2", otherCommittee, "ORG_ADMIN");

        as(ownAdmin).get("/v1/members/" + memberId).then().statusCode(200).body("organizationId", equalTo(ownBranch));
        as(otherAdmin).get("/v1/members/" + memberId).then().statusCode(404);
        problem(as(token("org-admin-3", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "ORG_ADMIN")).get("/v1/members/" + memberId).then(),
                403, "NO_ORGANIZATION_IN_TOKEN");

        asAdmin().body(Map.of("parentId", otherCommittee)).post("/v1/organizations/" + ownBranch + "/move").then().statusCode(200);
        as(otherAdmin).get("/v1/members/" + memberId).then().statusCode(200).body("organizationId", equalTo(ownBranch));
        as(ownAdmin).get("/v1/members/" + memberId).then().statusCode(404);
        as(ownAdmin).get("/v1/organizations/" + ownBranch).then().statusCode(404);
        as(otherAdmin).get("/v1/organizations/" + ownBranch).then().statusCode(200);
    }

    /**
     * The scope check finds the token's organization among the ids of a path; a claim that is no id
     * (here two ids joined by a slash, which such a path does contain) names no organization.
     */
    @Test
    void aClaimThatIsNoOrganizationIdMatchesNoPath() {
        String claim = ownCommittee + "/" + ownBranch;
        problem(as(token("org-admin-4", claim, "ORG_ADMIN")).get("/v1/members/" + memberId).then(),
                403, "NO_ORGANIZATION_IN_TOKEN");
        problem(as(token("org-admin-4", claim, "ORG_ADMIN")).get("/v1/organizations/" + ownBranch).then(),
                403, "NO_ORGANIZATION_IN_TOKEN");
    }

    @Test
    void communityStaffGainNoOrganizationReadsFromAnOrgIdClaim() {
        String staff = token("staff-1", ownCommittee, "COMMUNITY_STAFF");
        problem(as(staff).get("/v1/organizations/" + ownBranch).then(), 403, "NO_ORGANIZATION_IN_TOKEN");
        problem(as(staff).get("/v1/members/" + memberId).then(), 403, "NO_ORGANIZATION_IN_TOKEN");
        problem(as(staff).get("/v1/organizations").then(), 403, "NO_ORGANIZATION_IN_TOKEN");
    }
}
