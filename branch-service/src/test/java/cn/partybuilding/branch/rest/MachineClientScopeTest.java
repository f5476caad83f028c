package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.committeeWithBranch;
import static cn.partybuilding.branch.Api.member;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.unique;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A machine client (API_CLIENT) reads its subtree and writes only with an OAuth2 scope from its
 * token's {@code scope} claim, and then only within its organization's subtree.
 */
@QuarkusTest
class MachineClientScopeTest {

    private String committee;
    private String branch;
    private String otherBranch;

    @BeforeEach
    void twoTrees() {
        String[] own = committeeWithBranch();
        committee = own[0];
        branch = own[1];
        otherBranch = committeeWithBranch()[1];
    }

    static String machineClient(String orgId, String scope, String... roles) {
        var builder = Jwt.issuer("party-local-dev").subject("gov-exchange").groups(Set.of(roles))
                .claim("orgId", orgId).expiresIn(Duration.ofMinutes(30));
        if (scope != null) {
            builder.claim("scope", scope);
        }
        return builder.sign();
    }

    private static Map<String, Object> newMember(String organizationId) {
        return Map.of("organizationId", organizationId, "name", "周建国", "gender", "MALE", "status", "FULL",
                "joinedOn", "2019-07-01");
    }

    @Test
    void withoutAScopeAMachineClientOnlyReads() {
        String token = machineClient(committee, null, "API_CLIENT");
        as(token).get("/v1/organizations/" + branch + "/members").then().statusCode(200);
        problem(as(token).body(newMember(branch)).post("/v1/members").then(), 403, "FORBIDDEN");
    }

    @Test
    void membersWriteLetsItWriteMembersInItsSubtree() {
        String token = machineClient(committee, "openid members:write profile", "API_CLIENT");
        String id = as(token).body(newMember(branch)).post("/v1/members").then().statusCode(201)
                .body("organizationId", equalTo(branch)).extract().path("id");
        String etag = as(token).get("/v1/members/" + id).then().statusCode(200).extract().header("ETag");
        as(token).header("If-Match", etag).body(Map.of("name", "周建军")).patch("/v1/members/" + id)
                .then().statusCode(200).body("name", equalTo("周建军"));
        problem(as(token).body(newMember(otherBranch)).post("/v1/members").then(), 422, "ORGANIZATION_NOT_FOUND")
                .body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void aScopeGrantsOnlyItsOwnKindOfWrite() {
        String token = machineClient(committee, "members:write", "API_CLIENT");
        problem(as(token).body(Map.of("code", unique("ORG"), "name", "第二党支部", "type", "BRANCH", "parentId", committee))
                .post("/v1/organizations").then(), 403, "FORBIDDEN");
        String organizations = machineClient(committee, "organizations:write", "API_CLIENT");
        as(organizations).body(Map.of("code", unique("ORG"), "name", "第二党支部", "type", "BRANCH", "parentId", committee))
                .post("/v1/organizations").then().statusCode(201);
        problem(as(organizations).body(newMember(branch)).post("/v1/members").then(), 403, "FORBIDDEN");
    }

    @Test
    void aScopeOnAPersonsTokenGrantsNothing() {
        String memberId = member(branch, "刘海燕");
        String token = Jwt.issuer("party-local-dev").subject(memberId).groups(Set.of("MEMBER"))
                .claim("scope", "members:write organizations:write").expiresIn(Duration.ofMinutes(30)).sign();
        problem(as(token).body(newMember(branch)).post("/v1/members").then(), 403, "FORBIDDEN");
    }

    @Test
    void anUnknownQueryParameterIsRefusedByName() {
        problem(asAdmin().queryParam("updatedSince", "2026-01-01T00:00:00Z").get("/v1/organizations").then(),
                400, "UNKNOWN_PARAMETER")
                .body("errors[0].field", equalTo("updatedSince"));
        problem(asAdmin().queryParam("limit", 5).queryParam("sort", "name").get("/v1/organizations/" + branch + "/members").then(),
                400, "UNKNOWN_PARAMETER")
                .body("errors[0].field", equalTo("sort"));
        asAdmin().queryParam("limit", 5).queryParam("type", "BRANCH").get("/v1/organizations").then().statusCode(200);
    }
}
