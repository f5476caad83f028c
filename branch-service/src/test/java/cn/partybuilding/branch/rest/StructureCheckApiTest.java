package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committee's composition in the structure check, after 《中国共产党支部工作条例（试行）》: "党支部委员会由3至5人组成，
 * 一般不超过7人"; "正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记".
 */
@QuarkusTest
class StructureCheckApiTest {

    private static final List<String> COMMITTEE_POSTS = List.of("SECRETARY", "DEPUTY_SECRETARY",
            "ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER", "DISCIPLINE_COMMITTEE_MEMBER",
            "ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER", "DISCIPLINE_COMMITTEE_MEMBER");

    private static List<String> members(String branch, String name, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Api.member(branch, name + i));
        }
        return ids;
    }

    private static void post(String member, String... posts) {
        asAdmin().body(Map.of("posts", List.of(posts))).patch("/v1/members/" + member).then().statusCode(200);
    }

    @Test
    void aCommitteeOfMoreThanSevenIsTooLarge() {
        String committee = organization(null, "PARTY_COMMITTEE", "市审计局机关党委");
        String branch = organization(committee, "BRANCH", "支委过多的党支部");
        List<String> members = members(branch, "审计党员", 12);
        for (int i = 0; i < 7; i++) {
            post(members.get(i), COMMITTEE_POSTS.get(i));
        }
        asAdmin().get("/v1/organizations/" + branch + "/structure-check").then().statusCode(200)
                .body("findings", empty());

        post(members.get(7), COMMITTEE_POSTS.get(7));
        asAdmin().get("/v1/organizations/" + committee + "/structure-check").then().statusCode(200)
                .body("findings", hasSize(1))
                .body("findings[0].organizationId", equalTo(branch))
                .body("findings[0].committeeMembers", equalTo(8))
                .body("findings[0].ordinaryCommitteeMembers", equalTo(6))
                .body("findings[0].rules", empty())
                .body("findings[0].committeeRules", contains("COMMITTEE_TOO_LARGE"));
    }

    @Test
    void aBranchOfFewerThanSevenFullMembersHasASecretaryAndADeputyButNoCommitteeMembers() {
        String committee = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        String small = organization(committee, "BRANCH", "正式党员不足七人的党支部");
        List<String> members = members(small, "统计党员", 6);
        Api.member(small, "预备党员", "PROBATIONARY"); // seven members, six of them full: still no committee
        post(members.get(0), "SECRETARY");
        post(members.get(1), "DEPUTY_SECRETARY");
        asAdmin().get("/v1/organizations/" + small + "/structure-check").then().statusCode(200)
                .body("findings", empty());

        post(members.get(2), "ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER");
        asAdmin().get("/v1/organizations/" + committee + "/structure-check").then().statusCode(200)
                .body("findings.organizationId", contains(small))
                .body("findings[0].fullMembers", equalTo(6))
                .body("findings[0].totalMembers", equalTo(7))
                .body("findings[0].committeeMembers", equalTo(3))
                .body("findings[0].ordinaryCommitteeMembers", equalTo(1))
                .body("findings[0].rules", empty())
                .body("findings[0].committeeRules", contains("COMMITTEE_IN_SMALL_BRANCH"));

        // a 委员 who moves to another branch takes no post along: the small branch is in order again
        String other = organization(committee, "BRANCH", "转入的党支部");
        members(other, "转入支部党员", 3);
        asAdmin().body(Map.of("toOrganizationId", other)).post("/v1/members/" + members.get(2) + "/transfers")
                .then().statusCode(201);
        asAdmin().get("/v1/organizations/" + committee + "/structure-check").then().statusCode(200)
                .body("findings.organizationId", not(hasItem(small)))
                .body("findings.organizationId", not(hasItem(other)));
    }

    @Test
    void aPartyGroupsCommitteePostsCountForItsBranch() {
        String committee = organization(null, "PARTY_COMMITTEE", "市医保局机关党委");
        String branch = organization(committee, "BRANCH", "设党小组的小党支部");
        String group = organization(branch, "PARTY_GROUP", "第一党小组");
        members(branch, "支部党员", 2);
        List<String> inGroup = members(group, "小组党员", 2);
        post(inGroup.get(0), "GROUP_LEADER");
        asAdmin().get("/v1/organizations/" + branch + "/structure-check").then().statusCode(200).body("findings", empty());

        post(inGroup.get(1), "DISCIPLINE_COMMITTEE_MEMBER");
        asAdmin().get("/v1/organizations/" + branch + "/structure-check").then().statusCode(200)
                .body("findings[0].ordinaryCommitteeMembers", equalTo(1))
                .body("findings[0].committeeRules", contains("COMMITTEE_IN_SMALL_BRANCH"));
    }
}
