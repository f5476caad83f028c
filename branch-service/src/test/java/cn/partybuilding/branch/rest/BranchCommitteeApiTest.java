package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whether a branch has a committee (支部委员会), as reads and lists show it and activity-service's
 * 三会一课 report reads it: seven or more full members and three committee posts held.
 */
@QuarkusTest
class BranchCommitteeApiTest {

    @Test
    void aBranchHasACommitteeWithSevenFullMembersAndThreeCommitteePostsHeld() {
        String committee = organization(null, "PARTY_COMMITTEE", "市民政局机关党委");
        String small = organization(committee, "BRANCH", "社会救助处党支部");
        for (int i = 0; i < 4; i++) {
            Api.member(small, "正式党员" + i);
        }
        Api.member(small, "预备党员", "PROBATIONARY");
        String large = organization(committee, "BRANCH", "机关第一党支部");
        String group = organization(large, "PARTY_GROUP", "第一党小组");
        List<String> largeMembers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            largeMembers.add(Api.member(large, "支部党员" + i));
            Api.member(group, "小组党员" + i); // a party group's members count for its branch
        }

        // seven or more full members, but no committee posts held yet: no committee
        listed(committee, large).body("hasCommittee", equalTo(false));
        List<String> posts = List.of("SECRETARY", "ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER");
        for (int i = 0; i < posts.size(); i++) {
            asAdmin().body(Map.of("posts", List.of(posts.get(i)))).patch("/v1/members/" + largeMembers.get(i)).then().statusCode(200);
        }

        listed(committee, large).body("hasCommittee", equalTo(true));
        listed(committee, small).body("hasCommittee", equalTo(false));
        asAdmin().get("/v1/organizations/" + large).then().statusCode(200).body("hasCommittee", equalTo(true));
        asAdmin().get("/v1/organizations/" + small).then().statusCode(200).body("hasCommittee", equalTo(false));
        // not a branch: no flag at all
        asAdmin().get("/v1/organizations/" + committee).then().statusCode(200).body("hasCommittee", nullValue());
        asAdmin().queryParam("subtreeOf", committee).queryParam("type", "PARTY_GROUP").get("/v1/organizations").then()
                .statusCode(200).body("items[0].hasCommittee", nullValue());

        // a secretary leaving the post dissolves it as far as the rule goes
        asAdmin().body(Map.of("posts", List.of())).patch("/v1/members/" + largeMembers.get(0)).then().statusCode(200);
        listed(committee, large).body("hasCommittee", equalTo(false));
    }

    private static io.restassured.response.ValidatableResponse listed(String subtreeOf, String branchId) {
        return asAdmin().queryParam("subtreeOf", subtreeOf).queryParam("type", "BRANCH").queryParam("ids", branchId)
                .get("/v1/organizations").then().statusCode(200).rootPath("items[0]");
    }
}
