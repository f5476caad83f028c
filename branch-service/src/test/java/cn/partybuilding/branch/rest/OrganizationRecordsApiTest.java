package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What keeps an organization: the records that name it, and the tree's depth limit. */
@QuarkusTest
class OrganizationRecordsApiTest {

    /**
     * A transfer's history names the organizations the member left and joined, and ratings and
     * designations name theirs: an emptied organization with such records stays, so the history does.
     */
    @Test
    void anOrganizationNamedByATransferRatingOrDesignationIsNotDeleted() {
        String[] orgs = Api.committeeWithBranch();
        String left = organization(orgs[0], "BRANCH", "撤并的党支部");
        String member = Api.member(left, "王建华");
        asAdmin().body(Map.of("toOrganizationId", orgs[1], "reason", "支部撤并")).post("/v1/members/" + member + "/transfers")
                .then().statusCode(201);
        problem(asAdmin().delete("/v1/organizations/" + left).then(), 409, "ORGANIZATION_HAS_RECORDS");
        asAdmin().get("/v1/members/" + member + "/transfers").then().body("items", hasSize(1))
                .body("items[0].fromOrganizationId", equalTo(left));

        String rated = organization(orgs[0], "BRANCH", "评过星级的党支部");
        asAdmin().body(Map.of("organizationId", rated, "year", 2025, "level", "FOUR", "score", 88,
                "evaluator", "市委市直机关工委")).post("/v1/star-ratings").then().statusCode(201);
        problem(asAdmin().delete("/v1/organizations/" + rated).then(), 409, "ORGANIZATION_HAS_RECORDS");

        String named = organization(orgs[0], "BRANCH", "命名过的党支部");
        asAdmin().body(Map.of("organizationId", named, "kind", "VANGUARD_POST", "title", "党员先锋岗", "year", 2025))
                .post("/v1/designations").then().statusCode(201);
        problem(asAdmin().delete("/v1/organizations/" + named).then(), 409, "ORGANIZATION_HAS_RECORDS");
    }

    @Test
    void theTreeHasAtMost28Levels() {
        String parent = organization(null, "WORKING_COMMITTEE", "第1层机关工委");
        for (int depth = 2; depth <= 28; depth++) {
            parent = organization(parent, "WORKING_COMMITTEE", "第" + depth + "层机关工委");
        }
        asAdmin().get("/v1/organizations/" + parent).then().body("depth", equalTo(28));
        problem(asAdmin().body(Map.of("code", Api.unique("ORG"), "name", "第29层机关工委", "type", "WORKING_COMMITTEE",
                "parentId", parent)).post("/v1/organizations").then(), 422, "TREE_TOO_DEEP");
    }
}
