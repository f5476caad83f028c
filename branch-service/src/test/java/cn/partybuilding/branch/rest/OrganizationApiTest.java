package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static cn.partybuilding.branch.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationApiTest {

    @Test
    void createsReadsAndRoundTripsChineseText() {
        String committee = organization(null, "WORKING_COMMITTEE", "青岛市委市直机关工委");
        String code = unique("QD-FGW");
        Response created = asAdmin().body(Map.of("code", code, "name", "市发展和改革委员会机关党委", "type", "PARTY_COMMITTEE",
                        "parentId", committee, "unitName", "青岛市发展和改革委员会", "establishedOn", "2019-07-01"))
                .post("/v1/organizations");
        created.then().statusCode(201)
                .header("Location", containsString("/v1/organizations/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("市发展和改革委员会机关党委"))
                .body("ancestorIds", contains(committee))
                .body("depth", equalTo(2))
                .body("temporary", equalTo(false))
                .body("createdAt", notNullValue());
        String id = created.path("id");

        given().header("Authorization", "Bearer " + Api.systemAdmin()).get(created.header("Location")).then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("code", equalTo(code))
                .body("unitName", equalTo("青岛市发展和改革委员会"))
                .body("establishedOn", equalTo("2019-07-01"));
    }

    @Test
    void refusesDuplicateCodesAndInvalidHierarchy() {
        String code = unique("DUP");
        asAdmin().body(Map.of("code", code, "name", "市商务局机关党委", "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then().statusCode(201);
        problem(asAdmin().body(Map.of("code", code, "name", "另一个党委", "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then(), 409, "ORGANIZATION_CODE_TAKEN")
                .body("errors[0].field", equalTo("code"));

        problem(asAdmin().body(Map.of("code", unique("ROOTBRANCH"), "name", "无上级的党支部", "type", "BRANCH"))
                .post("/v1/organizations").then(), 422, "INVALID_HIERARCHY");
        String committee = organization(null, "PARTY_COMMITTEE", "市司法局机关党委");
        problem(asAdmin().body(Map.of("code", unique("GROUP"), "name", "党小组", "type", "PARTY_GROUP", "parentId", committee))
                .post("/v1/organizations").then(), 422, "INVALID_HIERARCHY");
        problem(asAdmin().body(Map.of("code", unique("ORPHAN"), "name", "党支部", "type", "BRANCH",
                        "parentId", "01ZZZZZZZZZZZZZZZZZZZZZZZZ"))
                .post("/v1/organizations").then(), 422, "PARENT_NOT_FOUND");
    }

    @Test
    void updatesWithIfMatchAndRefusesStaleVersions() {
        String id = organization(null, "PARTY_COMMITTEE", "市教育局机关党委");
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "市教育局机关委员会", "unitName", "青岛市教育局"))
                .patch("/v1/organizations/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("市教育局机关委员会"))
                .body("version", equalTo(1));
        problem(asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "过期的修改"))
                .patch("/v1/organizations/" + id).then(), 412, "PRECONDITION_FAILED");
        asAdmin().get("/v1/organizations/" + id).then().body("name", equalTo("市教育局机关委员会"));
    }

    @Test
    void listsWithFiltersAndWalksEveryPageWithTheCursor() {
        String committee = organization(null, "PARTY_COMMITTEE", "市卫生健康委员会机关党委");
        Set<String> created = new HashSet<>();
        for (int i = 1; i <= 5; i++) {
            created.add(organization(committee, "BRANCH", "市卫生健康委员会第" + i + "党支部"));
        }
        String general = organization(committee, "GENERAL_BRANCH", "市卫生健康委员会机关党总支");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = asAdmin().queryParam("parentId", committee).queryParam("type", "BRANCH").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/organizations");
            page.then().statusCode(200).body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(2));
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(created, new HashSet<>(seen));
        assertEquals(seen.stream().sorted().toList(), seen, "pages follow creation order");

        asAdmin().queryParam("subtreeOf", committee).queryParam("q", "党总支").get("/v1/organizations").then()
                .statusCode(200).body("items.id", contains(general));
        asAdmin().queryParam("ids", String.join(",", seen.subList(0, 2))).get("/v1/organizations").then()
                .statusCode(200).body("items", hasSize(2)).body("items[0].ancestorIds", contains(committee));
        asAdmin().get("/v1/organizations/" + committee + "/children?limit=200").then()
                .statusCode(200).body("items", hasSize(6)).body("nextCursor", nullValue());
    }

    @Test
    void movesAWholeSubtreeAndRefusesCycles() {
        String cityA = organization(null, "WORKING_COMMITTEE", "甲市机关工委");
        String cityB = organization(null, "WORKING_COMMITTEE", "乙市机关工委");
        String department = organization(cityA, "PARTY_COMMITTEE", "市住房和城乡建设局机关党委");
        String branch = organization(department, "BRANCH", "地铁6号线建设项目临时党支部");
        String group = organization(branch, "PARTY_GROUP", "第一党小组");

        asAdmin().body(Map.of("parentId", cityB)).post("/v1/organizations/" + department + "/move").then()
                .statusCode(200).body("parentId", equalTo(cityB)).body("ancestorIds", contains(cityB));
        asAdmin().get("/v1/organizations/" + group).then()
                .body("ancestorIds", contains(cityB, department, branch))
                .body("depth", equalTo(4));
        asAdmin().queryParam("subtreeOf", cityA).get("/v1/organizations").then().body("items.id", contains(cityA));
        asAdmin().queryParam("subtreeOf", cityB).get("/v1/organizations").then()
                .body("items.id", contains(cityB, department, branch, group));

        problem(asAdmin().body(Map.of("parentId", branch)).post("/v1/organizations/" + department + "/move").then(),
                409, "MOVE_INTO_OWN_SUBTREE");
        problem(asAdmin().body(Map.of("parentId", cityA)).post("/v1/organizations/" + group + "/move").then(),
                422, "INVALID_HIERARCHY");
    }

    @Test
    void deletesOnlyEmptyOrganizations() {
        String committee = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        String branch = organization(committee, "BRANCH", "市统计局第一党支部");
        problem(asAdmin().delete("/v1/organizations/" + committee).then(), 409, "ORGANIZATION_NOT_EMPTY");
        String member = Api.member(branch, "赵立新");
        problem(asAdmin().delete("/v1/organizations/" + branch).then(), 409, "ORGANIZATION_NOT_EMPTY");
        assertTrue(member.length() > 0);

        String empty = organization(committee, "BRANCH", "市统计局第二党支部");
        problem(asAdmin().header("If-Match", "\"7\"").delete("/v1/organizations/" + empty).then(), 412, "PRECONDITION_FAILED");
        asAdmin().delete("/v1/organizations/" + empty).then().statusCode(204);
        problem(asAdmin().get("/v1/organizations/" + empty).then(), 404, "NOT_FOUND");
    }

    @Test
    void nonSystemCallersSeeOnlyTheirSubtreeAndOthersAnswer404() {
        String root = organization(null, "WORKING_COMMITTEE", "丙市机关工委");
        String mine = organization(root, "PARTY_COMMITTEE", "市审计局机关党委");
        String myBranch = organization(mine, "BRANCH", "市审计局第一党支部");
        String theirs = organization(root, "PARTY_COMMITTEE", "市民政局机关党委");
        String orgAdmin = token("auditor-admin", mine, "ORG_ADMIN");

        as(orgAdmin).get("/v1/organizations/" + myBranch).then().statusCode(200);
        problem(as(orgAdmin).get("/v1/organizations/" + theirs).then(), 404, "NOT_FOUND");
        problem(as(orgAdmin).get("/v1/organizations/" + root).then(), 404, "NOT_FOUND");
        as(orgAdmin).get("/v1/organizations?limit=200").then().statusCode(200)
                .body("items.id", contains(mine, myBranch));
        problem(as(orgAdmin).body(Map.of("name", "改名")).patch("/v1/organizations/" + theirs).then(), 404, "NOT_FOUND");
        problem(as(orgAdmin).body(Map.of("code", unique("X"), "name", "越权", "type", "BRANCH", "parentId", theirs))
                .post("/v1/organizations").then(), 422, "PARENT_NOT_FOUND");
        problem(as(orgAdmin).body(Map.of("code", unique("ROOT"), "name", "越权顶级", "type", "WORKING_COMMITTEE"))
                .post("/v1/organizations").then(), 403, "ROOT_REQUIRES_SYSTEM_ADMIN");
        as(orgAdmin).body(Map.of("code", unique("OK"), "name", "市审计局第二党支部", "type", "BRANCH", "parentId", mine))
                .post("/v1/organizations").then().statusCode(201);

        String member = token("some-member", myBranch, "MEMBER");
        problem(as(member).body(Map.of("code", unique("M"), "name", "党员不能建组织", "type", "BRANCH", "parentId", mine))
                .post("/v1/organizations").then(), 403, "FORBIDDEN");
        problem(as(token("no-org", null, "ORG_ADMIN")).get("/v1/organizations").then(), 403, "NO_ORGANIZATION_IN_TOKEN");
    }

    @Test
    void structureCheckNamesTheRulesEachBranchBreaks() {
        String committee = organization(null, "PARTY_COMMITTEE", "市商务局机关党委");
        String tooFew = organization(committee, "BRANCH", "人数不足的党支部");
        Api.member(tooFew, "王芳");
        Api.member(tooFew, "李强");
        Api.member(tooFew, "张敏", "PROBATIONARY");
        String noCommittee = organization(committee, "BRANCH", "未设支委会的党支部");
        List<String> noCommitteeMembers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            noCommitteeMembers.add(Api.member(noCommittee, "党员" + i));
        }
        String healthy = organization(committee, "BRANCH", "规范的党支部");
        String withGroup = organization(committee, "BRANCH", "设党小组的党支部");
        String group = organization(withGroup, "PARTY_GROUP", "第一党小组");
        List<String> healthyMembers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            healthyMembers.add(Api.member(healthy, "规范党员" + i));
            Api.member(group, "小组党员" + i); // members of a party group count for its branch
        }

        asAdmin().get("/v1/organizations/" + committee + "/structure-check").then().statusCode(200)
                .body("organizationId", equalTo(committee))
                .body("branchesChecked", equalTo(4))
                .body("findings", hasSize(2))
                .body("findings.find { it.organizationId == '" + tooFew + "' }.rules", contains("TOO_FEW_FULL_MEMBERS"))
                .body("findings.find { it.organizationId == '" + tooFew + "' }.fullMembers", equalTo(2))
                .body("findings.find { it.organizationId == '" + tooFew + "' }.totalMembers", equalTo(3))
                .body("findings.find { it.organizationId == '" + noCommittee + "' }.rules", contains("COMMITTEE_REQUIRED"))
                .body("findings.organizationId", not(hasItem(healthy)))
                .body("findings.organizationId", not(hasItem(withGroup)));

        String big = organization(committee, "BRANCH", "党员过多的党支部");
        for (int i = 0; i < 51; i++) {
            Api.member(big, "离退休党员" + i);
        }
        asAdmin().get("/v1/organizations/" + big + "/structure-check").then().statusCode(200)
                .body("findings[0].rules", contains("TOO_MANY_MEMBERS", "COMMITTEE_REQUIRED"));
        asAdmin().get("/v1/organizations/" + healthy + "/structure-check").then().statusCode(200)
                .body("branchesChecked", equalTo(1)).body("findings", empty());

        // the counts follow every write: posts elect a committee, a transfer moves a full member
        List<String> posts = List.of("SECRETARY", "ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER");
        for (int i = 0; i < posts.size(); i++) {
            asAdmin().body(Map.of("posts", List.of(posts.get(i)))).patch("/v1/members/" + noCommitteeMembers.get(i))
                    .then().statusCode(200);
        }
        asAdmin().body(Map.of("toOrganizationId", tooFew)).post("/v1/members/" + healthyMembers.get(0) + "/transfers")
                .then().statusCode(201);
        asAdmin().get("/v1/organizations/" + committee + "/structure-check").then().statusCode(200)
                .body("findings.organizationId", contains(healthy, big))
                .body("findings[0].rules", contains("TOO_FEW_FULL_MEMBERS"))
                .body("findings[0].fullMembers", equalTo(2));
        asAdmin().body(Map.of("posts", List.of())).patch("/v1/members/" + noCommitteeMembers.get(0)).then().statusCode(200);
        asAdmin().get("/v1/organizations/" + noCommittee + "/structure-check").then()
                .body("findings[0].rules", contains("COMMITTEE_REQUIRED"))
                .body("findings[0].committeeMembers", equalTo(2));
    }
}
