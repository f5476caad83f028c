package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.partybuilding.assessment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 责任清单: tasks assigned down the tree, progress, final states and the overdue view. */
@QuarkusTest
class TaskTest {

    static String task(Fixtures.Tree tree, String assignee, String deadline) {
        return tree.asCommitteeAdmin().body(Map.of("assigneeOrganizationId", assignee, "title", "完成年度党员教育培训计划",
                        "deadline", deadline, "responsiblePost", "ORGANIZATION_COMMITTEE_MEMBER"))
                .post("/v1/tasks").then().statusCode(201).body("status", equalTo("ASSIGNED"))
                .body("assignerOrganizationId", equalTo(tree.committeeId())).extract().path("id");
    }

    static RequestSpecification asBranchAdmin(Fixtures.Tree tree, int branch) {
        return as(token("branch-admin", tree.branchIds().get(branch), "ORG_ADMIN"));
    }

    private static Map<String, Object> body(String assignee) {
        return Map.of("assigneeOrganizationId", assignee, "title", "任务", "deadline", "2099-12-31", "responsiblePost", "SECRETARY");
    }

    @Test
    void aTaskGoesOnlyToAnOrganizationBelowTheAssigner() {
        Fixtures.Tree tree = Fixtures.tree(2, 1);
        Fixtures.Tree other = Fixtures.tree(1, 1);
        tree.asCommitteeAdmin().body(body(tree.committeeId())).post("/v1/tasks").then().statusCode(422)
                .body("code", equalTo("ASSIGNEE_OUTSIDE_SUBTREE"));
        tree.asCommitteeAdmin().body(body(tree.workingCommitteeId())).post("/v1/tasks").then().statusCode(422);
        tree.asCommitteeAdmin().body(body(other.branchIds().get(0))).post("/v1/tasks").then().statusCode(422);
        asBranchAdmin(tree, 0).body(body(tree.branchIds().get(1))).post("/v1/tasks").then().statusCode(422);
        Fixtures.asAdmin().body(Map.of("assignerOrganizationId", tree.branchIds().get(0), "assigneeOrganizationId", tree.branchIds().get(1),
                "title", "任务", "deadline", "2099-12-31", "responsiblePost", "SECRETARY")).post("/v1/tasks").then().statusCode(422)
                .body("code", equalTo("ASSIGNEE_OUTSIDE_SUBTREE"));
        tree.asIssuer().body(Map.of("assigneeOrganizationId", tree.branchIds().get(1), "title", "工委下达", "deadline", "2099-12-31",
                "responsiblePost", "SECRETARY", "indicatorId", "01JDZB7R4T1N6G3S5K8M2P9Q0C")).post("/v1/tasks").then().statusCode(201)
                .body("indicatorId", equalTo("01JDZB7R4T1N6G3S5K8M2P9Q0C"));
        tree.asCommitteeAdmin().body(Map.of("assigneeOrganizationId", tree.branchIds().get(0), "title", "任务", "deadline", "2099-12-31",
                "responsiblePost", "SECRETARY", "indicatorId", "not-an-id")).post("/v1/tasks").then().statusCode(400);
    }

    @Test
    void theAssigneeReportsProgressAndCompletesAndAFinishedTaskNoLongerChanges() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String id = task(tree, tree.branchIds().get(0), "2099-12-31");
        asBranchAdmin(tree, 0).body(Map.of("text", "已完成上半年16学时集中学习", "percent", 50)).post("/v1/tasks/" + id + "/progress")
                .then().statusCode(201).body("status", equalTo("IN_PROGRESS")).body("percentDone", equalTo(50))
                .body("progress[0].text", equalTo("已完成上半年16学时集中学习"));
        String etag = tree.asCommitteeAdmin().get("/v1/tasks/" + id).then().statusCode(200).extract().header("ETag");
        asBranchAdmin(tree, 0).header("If-Match", etag).body(Map.of("status", "CANCELLED")).patch("/v1/tasks/" + id).then().statusCode(403);
        asBranchAdmin(tree, 0).header("If-Match", etag).body(Map.of("deadline", "2099-01-01")).patch("/v1/tasks/" + id).then().statusCode(403);
        asBranchAdmin(tree, 0).body(Map.of("status", "DONE")).patch("/v1/tasks/" + id).then().statusCode(428);
        String done = asBranchAdmin(tree, 0).header("If-Match", etag).body(Map.of("status", "DONE")).patch("/v1/tasks/" + id).then()
                .statusCode(200).body("status", equalTo("DONE")).body("percentDone", equalTo(100)).extract().header("ETag");
        asBranchAdmin(tree, 0).header("If-Match", etag).body(Map.of("status", "DONE")).patch("/v1/tasks/" + id).then().statusCode(412);
        tree.asCommitteeAdmin().header("If-Match", done).body(Map.of("status", "CANCELLED")).patch("/v1/tasks/" + id).then()
                .statusCode(409).body("code", equalTo("TASK_FINAL"));
        asBranchAdmin(tree, 0).body(Map.of("text", "完成后追加")).post("/v1/tasks/" + id + "/progress").then().statusCode(409);

        String cancelled = task(tree, tree.branchIds().get(0), "2099-12-31");
        tree.asCommitteeAdmin().header("If-Match", "\"0\"").body(Map.of("status", "CANCELLED")).patch("/v1/tasks/" + cancelled).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        asBranchAdmin(tree, 0).header("If-Match", "\"1\"").body(Map.of("status", "IN_PROGRESS")).patch("/v1/tasks/" + cancelled).then()
                .statusCode(409);
    }

    @Test
    void theOverdueViewListsTheSubtreesUnfinishedTasksPastTheirDeadlineByDeadline() {
        Fixtures.Tree tree = Fixtures.tree(2, 1);
        String march = task(tree, tree.branchIds().get(0), "2020-03-01");
        String january = task(tree, tree.branchIds().get(1), "2020-01-15");
        String future = task(tree, tree.branchIds().get(0), "2099-12-31");
        String doneLate = task(tree, tree.branchIds().get(0), "2020-02-01");
        asBranchAdmin(tree, 0).header("If-Match", "\"0\"").body(Map.of("status", "DONE")).patch("/v1/tasks/" + doneLate).then().statusCode(200);

        tree.asIssuer().queryParam("organizationId", tree.committeeId()).get("/v1/tasks/overdue").then().statusCode(200)
                .body("items.id", equalTo(List.of(january, march))).body("items[0].overdue", equalTo(true));
        tree.asIssuer().queryParam("organizationId", tree.committeeId()).queryParam("limit", 1).get("/v1/tasks/overdue").then()
                .body("items.id", equalTo(List.of(january)));
        String cursor = tree.asIssuer().queryParam("organizationId", tree.committeeId()).queryParam("limit", 1).get("/v1/tasks/overdue")
                .then().extract().path("nextCursor");
        tree.asIssuer().queryParam("organizationId", tree.committeeId()).queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/v1/tasks/overdue").then().body("items.id", equalTo(List.of(march)));
        asBranchAdmin(tree, 1).get("/v1/tasks/overdue").then().statusCode(200).body("items.id", equalTo(List.of(january)));
        tree.asCommitteeAdmin().get("/v1/tasks/" + future).then().body("overdue", equalTo(false));
    }

    @Test
    void otherSubtreesSeeNothing() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String id = task(tree, tree.branchIds().get(0), "2099-12-31");
        Fixtures.Tree other = Fixtures.tree(1, 1);
        other.asCommitteeAdmin().get("/v1/tasks/" + id).then().statusCode(404);
        other.asCommitteeAdmin().header("If-Match", "\"0\"").body(Map.of("status", "CANCELLED")).patch("/v1/tasks/" + id).then().statusCode(404);
        other.asCommitteeAdmin().get("/v1/tasks").then().statusCode(200).body("items.id", not(hasItem(id)));
        other.asCommitteeAdmin().queryParam("organizationId", tree.committeeId()).get("/v1/tasks/overdue").then().statusCode(422);
    }
}
