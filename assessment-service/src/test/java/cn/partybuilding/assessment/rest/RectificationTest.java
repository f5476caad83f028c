package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.assessment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 整改清单: raised, reported done, reviewed (回头看) to close or reopen. */
@QuarkusTest
class RectificationTest {

    static String item(Fixtures.Tree tree, String dutyReportId, String deadline) {
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", tree.branchIds().get(0),
                "problem", "党员教育管理方式较单一", "measures", "每季度开展一次青年党员微党课", "ownerName", "张建国",
                "ownerPost", "支部书记", "deadline", deadline));
        if (dutyReportId != null) {
            body.put("dutyReportId", dutyReportId);
        }
        return asBranchAdmin(tree).body(body).post("/v1/rectifications").then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
    }

    static RequestSpecification asBranchAdmin(Fixtures.Tree tree) {
        return as(token("branch-admin", tree.branchIds().get(0), "ORG_ADMIN"));
    }

    private static String etag(Fixtures.Tree tree, String id) {
        return asBranchAdmin(tree).get("/v1/rectifications/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void theReviewReopensThenClosesAndAClosedItemNoLongerChanges() {
        Fixtures.Tree tree = Fixtures.tree(1, 4);
        String report = DutyReportTest.report(tree);
        String id = item(tree, report, "2099-06-30");
        asBranchAdmin(tree).body(Map.of("note", "已开展微党课")).post("/v1/rectifications/" + id + "/completion").then()
                .statusCode(200).body("status", equalTo("RECTIFIED")).body("rectifiedNote", equalTo("已开展微党课"));

        asBranchAdmin(tree).body(Map.of("result", "CLOSED", "note", "自己不能销号")).post("/v1/rectifications/" + id + "/reviews")
                .then().statusCode(403).body("code", equalTo("NOT_THE_REVIEWING_ORGANIZATION"));
        tree.asCommitteeAdmin().body(Map.of("result", "REOPENED", "note", "学习小组尚未建立", "newDeadline", "2099-12-31"))
                .post("/v1/rectifications/" + id + "/reviews").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("deadline", equalTo("2099-12-31")).body("reviews.size()", equalTo(1))
                .body("reviews[0].result", equalTo("REOPENED"));
        tree.asCommitteeAdmin().body(Map.of("result", "CLOSED", "note", "尚未报告完成")).post("/v1/rectifications/" + id + "/reviews")
                .then().statusCode(409).body("code", equalTo("INVALID_RECTIFICATION_TRANSITION"));

        asBranchAdmin(tree).body(Map.of("note", "已建立青年理论学习小组")).post("/v1/rectifications/" + id + "/completion").then()
                .statusCode(200).body("status", equalTo("RECTIFIED"));
        String closed = tree.asIssuer().body(Map.of("result", "CLOSED", "note", "整改到位，同意销号"))
                .post("/v1/rectifications/" + id + "/reviews").then().statusCode(201).body("status", equalTo("CLOSED"))
                .body("reviews.size()", equalTo(2)).extract().header("ETag");

        asBranchAdmin(tree).header("If-Match", closed).body(Map.of("measures", "销号后修改")).patch("/v1/rectifications/" + id)
                .then().statusCode(409).body("code", equalTo("RECTIFICATION_CLOSED"));
        asBranchAdmin(tree).body(Map.of("note", "再次报告")).post("/v1/rectifications/" + id + "/completion").then().statusCode(409);
        tree.asCommitteeAdmin().body(Map.of("result", "REOPENED", "note", "销号后重开")).post("/v1/rectifications/" + id + "/reviews")
                .then().statusCode(409).body("code", equalTo("RECTIFICATION_CLOSED"));
        tree.asCommitteeAdmin().queryParam("dutyReportId", report).get("/v1/rectifications").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void changesNeedACurrentIfMatch() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String id = item(tree, null, "2099-06-30");
        asBranchAdmin(tree).body(Map.of("deadline", "2099-09-30")).patch("/v1/rectifications/" + id).then().statusCode(428);
        String fresh = asBranchAdmin(tree).header("If-Match", etag(tree, id)).body(Map.of("deadline", "2099-09-30"))
                .patch("/v1/rectifications/" + id).then().statusCode(200).body("deadline", equalTo("2099-09-30")).extract().header("ETag");
        asBranchAdmin(tree).header("If-Match", "\"0\"").body(Map.of("deadline", "2099-10-31")).patch("/v1/rectifications/" + id)
                .then().statusCode(412);
        asBranchAdmin(tree).header("If-Match", "\"0\"").body(Map.of("note", "过期版本")).post("/v1/rectifications/" + id + "/completion")
                .then().statusCode(412);
        assertEquals(fresh, etag(tree, id));
    }

    @Test
    void overdueItemsAreOpenAndPastTheirDeadline() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        String late = item(tree, null, "2020-01-31");
        String inTime = item(tree, null, "2099-12-31");
        String lateButDone = item(tree, null, "2020-02-29");
        asBranchAdmin(tree).body(Map.of("note", "已完成")).post("/v1/rectifications/" + lateButDone + "/completion").then().statusCode(200);

        tree.asCommitteeAdmin().queryParam("organizationId", tree.committeeId()).queryParam("overdue", true).get("/v1/rectifications")
                .then().statusCode(200).body("items.id", equalTo(List.of(late))).body("items[0].overdue", equalTo(true));
        tree.asCommitteeAdmin().get("/v1/rectifications/" + inTime).then().body("overdue", equalTo(false));
        tree.asCommitteeAdmin().queryParam("organizationId", tree.committeeId()).get("/v1/rectifications").then()
                .body("items.size()", equalTo(3));
    }

    @Test
    void otherSubtreesSeeNothingAndTheReportMustBeTheOrganizations() {
        Fixtures.Tree tree = Fixtures.tree(2, 4);
        String id = item(tree, null, "2099-06-30");
        Fixtures.Tree other = Fixtures.tree(1, 4);
        other.asCommitteeAdmin().get("/v1/rectifications/" + id).then().statusCode(404);
        other.asCommitteeAdmin().body(Map.of("result", "CLOSED", "note", "越权")).post("/v1/rectifications/" + id + "/reviews")
                .then().statusCode(404);
        other.asCommitteeAdmin().get("/v1/rectifications").then().statusCode(200).body("items.id", not(hasItem(id)));

        String report = DutyReportTest.report(tree);
        tree.asCommitteeAdmin().body(Map.of("organizationId", tree.branchIds().get(1), "dutyReportId", report, "problem", "问题",
                        "measures", "措施", "ownerName", "李明", "deadline", "2099-06-30"))
                .post("/v1/rectifications").then().statusCode(422).body("code", equalTo("DUTY_REPORT_OF_ANOTHER_ORGANIZATION"));
        String othersReport = DutyReportTest.report(other);
        tree.asCommitteeAdmin().body(Map.of("organizationId", tree.branchIds().get(0), "dutyReportId", othersReport, "problem", "问题",
                        "measures", "措施", "ownerName", "李明", "deadline", "2099-06-30"))
                .post("/v1/rectifications").then().statusCode(422).body("code", equalTo("DUTY_REPORT_NOT_FOUND"));
    }
}
