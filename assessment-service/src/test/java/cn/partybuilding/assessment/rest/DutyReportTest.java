package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.partybuilding.assessment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** 述职评议: the report, its panel, one secret ballot per panel member. */
@QuarkusTest
class DutyReportTest {

    /** A tree with one branch of six members: member 0 reports, members 1 to 3 are the panel, 4 and 5 are not on it. */
    private static Fixtures.Tree tree() {
        return Fixtures.tree(1, 6);
    }

    static String report(Fixtures.Tree tree) {
        List<String> m = tree.memberIds();
        return tree.asCommitteeAdmin().body(Map.of("organizationId", tree.branchIds().get(0), "reporterMemberId", m.get(0),
                        "reporterName", "张建国", "year", 2025, "period", "2025年度", "title", "2025年度抓基层党建工作述职报告",
                        "text", "一年来，支部落实“三会一课”制度。", "panelMemberIds", List.of(m.get(1), m.get(2), m.get(3))))
                .post("/v1/duty-reports").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    static String openVoting(Fixtures.Tree tree, String id) {
        String etag = tree.asCommitteeAdmin().get("/v1/duty-reports/" + id).then().statusCode(200).extract().header("ETag");
        return tree.asCommitteeAdmin().header("If-Match", etag).body(Map.of("status", "VOTING"))
                .patch("/v1/duty-reports/" + id).then().statusCode(200).body("status", equalTo("VOTING")).extract().header("ETag");
    }

    private static RequestSpecification asMember(Fixtures.Tree tree, int index) {
        return as(token(tree.memberIds().get(index), tree.branchIds().get(0), "MEMBER"));
    }

    private static int vote(Fixtures.Tree tree, int member, String id, String choice) {
        return asMember(tree, member).body(Map.of("choice", choice)).post("/v1/duty-reports/" + id + "/ballots").statusCode();
    }

    @Test
    void twentyParallelBallotsOfOnePanelMemberCountOnce() throws Exception {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        openVoting(tree, id);
        List<Callable<Integer>> ballots = IntStream.range(0, 20).<Callable<Integer>>mapToObj(i -> () -> vote(tree, 1, id, "GOOD")).toList();

        List<Integer> statuses = Fixtures.inParallel(ballots);

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        Fixtures.asAdmin().get("/v1/duty-reports/" + id + "/ballots").then().statusCode(200)
                .body("ballots", equalTo(1)).body("good", equalTo(1)).body("excellent", equalTo(0)).body("panelSize", equalTo(3));
    }

    @Test
    void aSecondBallotIsRefusedAndTheFirstStands() {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        openVoting(tree, id);
        assertEquals(201, vote(tree, 2, id, "EXCELLENT"));
        asMember(tree, 2).body(Map.of("choice", "POOR")).post("/v1/duty-reports/" + id + "/ballots").then().statusCode(409)
                .body("code", equalTo("ALREADY_VOTED"));
        Fixtures.asAdmin().get("/v1/duty-reports/" + id + "/ballots").then()
                .body("ballots", equalTo(1)).body("excellent", equalTo(1)).body("poor", equalTo(0));
    }

    @Test
    void someoneOffThePanelMayNotVote() {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        openVoting(tree, id);
        asMember(tree, 4).body(Map.of("choice", "GOOD")).post("/v1/duty-reports/" + id + "/ballots").then().statusCode(403)
                .body("code", equalTo("NOT_ON_PANEL"));
        asMember(tree, 4).header("Accept-Language", "en").body(Map.of("choice", "GOOD")).post("/v1/duty-reports/" + id + "/ballots")
                .then().statusCode(403).body("title", equalTo("Not on the panel"));
        tree.asCommitteeSecretary().body(Map.of("choice", "GOOD")).post("/v1/duty-reports/" + id + "/ballots").then().statusCode(403)
                .body("code", equalTo("NOT_ON_PANEL"));
        Fixtures.Tree other = tree();
        asMember(other, 1).body(Map.of("choice", "GOOD")).post("/v1/duty-reports/" + id + "/ballots").then().statusCode(404);
        Fixtures.asAdmin().get("/v1/duty-reports/" + id + "/ballots").then().body("ballots", equalTo(0));
    }

    @Test
    void ballotsAreCastOnlyWhileVoting() {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        asMember(tree, 1).body(Map.of("choice", "GOOD")).post("/v1/duty-reports/" + id + "/ballots").then().statusCode(409)
                .body("code", equalTo("NOT_VOTING"));
        String etag = openVoting(tree, id);
        assertEquals(201, vote(tree, 1, id, "GOOD"));
        tree.asCommitteeAdmin().header("If-Match", etag).body(Map.of("status", "CLOSED")).patch("/v1/duty-reports/" + id)
                .then().statusCode(200).body("status", equalTo("CLOSED"));
        asMember(tree, 2).body(Map.of("choice", "GOOD")).post("/v1/duty-reports/" + id + "/ballots").then().statusCode(409)
                .body("code", equalTo("NOT_VOTING"));
    }

    @Test
    void ballotsAreSecretEveryoneSeesOnlyTheTotals() {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        openVoting(tree, id);
        assertEquals(201, vote(tree, 1, id, "EXCELLENT"));
        assertEquals(201, vote(tree, 2, id, "GOOD"));
        assertEquals(201, vote(tree, 3, id, "POOR"));

        List<RequestSpecification> readers = List.of(Fixtures.asAdmin(), tree.asIssuer(), tree.asCommitteeAdmin(),
                tree.asCommitteeSecretary(), asMember(tree, 0), asMember(tree, 1));
        for (RequestSpecification reader : readers) {
            String totals = reader.get("/v1/duty-reports/" + id + "/ballots").then().statusCode(200)
                    .body("panelSize", equalTo(3)).body("ballots", equalTo(3)).body("excellent", equalTo(1)).body("good", equalTo(1))
                    .body("fair", equalTo(0)).body("poor", equalTo(1)).body("satisfactionRate", equalTo(66.67f))
                    .extract().asString();
            for (String member : tree.memberIds()) {
                assertFalse(totals.contains(member), "no member id in the totals: " + totals);
            }
        }
        String view = Fixtures.asAdmin().get("/v1/duty-reports/" + id).then().statusCode(200).extract().asString();
        for (String choice : List.of("EXCELLENT", "GOOD", "POOR", "ballot", "vote", "choice")) {
            assertFalse(view.contains(choice), "the report shows no ballot: " + view);
        }
        String list = Fixtures.asAdmin().queryParam("organizationId", tree.branchIds().get(0)).get("/v1/duty-reports").then()
                .statusCode(200).extract().asString();
        for (String choice : List.of("EXCELLENT", "POOR", "choice")) {
            assertFalse(list.contains(choice), "the list shows no ballot: " + list);
        }
    }

    @Test
    void noBallotsNoRate() {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        tree.asCommitteeAdmin().get("/v1/duty-reports/" + id + "/ballots").then().statusCode(200)
                .body("ballots", equalTo(0)).body("satisfactionRate", nullValue());
    }

    @Test
    void thePanelChangesUnderIfMatchUntilVotingOpens() {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        List<String> m = tree.memberIds();
        tree.asCommitteeAdmin().body(Map.of("title", "新标题")).patch("/v1/duty-reports/" + id).then().statusCode(428)
                .body("code", equalTo("IF_MATCH_REQUIRED"));
        String etag = tree.asCommitteeAdmin().header("If-Match", "\"0\"").body(Map.of("panelMemberIds", List.of(m.get(1), m.get(4))))
                .patch("/v1/duty-reports/" + id).then().statusCode(200).body("panelMemberIds.size()", equalTo(2)).extract().header("ETag");
        tree.asCommitteeAdmin().header("If-Match", "\"0\"").body(Map.of("title", "过期的修改")).patch("/v1/duty-reports/" + id)
                .then().statusCode(412);
        tree.asCommitteeAdmin().header("If-Match", etag).body(Map.of("status", "CLOSED")).patch("/v1/duty-reports/" + id)
                .then().statusCode(409).body("code", equalTo("INVALID_DUTY_REPORT_TRANSITION"));
        String voting = openVoting(tree, id);
        assertEquals(201, vote(tree, 4, id, "FAIR"), "member 4 joined the panel before voting");
        tree.asCommitteeAdmin().header("If-Match", voting).body(Map.of("panelMemberIds", List.of(m.get(5))))
                .patch("/v1/duty-reports/" + id).then().statusCode(409).body("code", equalTo("DUTY_REPORT_NOT_EDITABLE"));
        String closed = tree.asCommitteeAdmin().header("If-Match", voting).body(Map.of("status", "CLOSED"))
                .patch("/v1/duty-reports/" + id).then().statusCode(200).extract().header("ETag");
        tree.asCommitteeAdmin().header("If-Match", closed).body(Map.of("title", "结束后修改")).patch("/v1/duty-reports/" + id)
                .then().statusCode(409);
        tree.asCommitteeAdmin().header("If-Match", closed).body(Map.of("status", "CLOSED")).patch("/v1/duty-reports/" + id)
                .then().statusCode(409);
    }

    @Test
    void otherSubtreesSeeNothingAndMachineClientsWriteOnlyWithTheScope() {
        Fixtures.Tree tree = tree();
        String id = report(tree);
        Fixtures.Tree other = tree();
        other.asCommitteeAdmin().get("/v1/duty-reports/" + id).then().statusCode(404);
        other.asCommitteeAdmin().get("/v1/duty-reports/" + id + "/ballots").then().statusCode(404);
        other.asCommitteeAdmin().header("If-Match", "\"0\"").body(Map.of("title", "越权")).patch("/v1/duty-reports/" + id)
                .then().statusCode(404);
        other.asCommitteeAdmin().queryParam("organizationId", tree.branchIds().get(0)).get("/v1/duty-reports").then().statusCode(422);
        other.asCommitteeAdmin().body(Map.of("organizationId", tree.branchIds().get(0), "reporterMemberId", tree.memberIds().get(0),
                        "reporterName", "张建国", "year", 2025, "title", "越权述职", "text", "……", "panelMemberIds", List.of(tree.memberIds().get(1))))
                .post("/v1/duty-reports").then().statusCode(422);
        asMember(tree, 4).header("If-Match", "\"0\"").body(Map.of("title", "党员不能改")).patch("/v1/duty-reports/" + id).then().statusCode(403);

        Map<String, Object> body = Map.of("organizationId", tree.branchIds().get(0), "reporterMemberId", tree.memberIds().get(0),
                "reporterName", "张建国", "year", 2025, "title", "系统同步的述职", "text", "……", "panelMemberIds", List.of(tree.memberIds().get(1)));
        as(client(tree.committeeId(), null)).body(body).post("/v1/duty-reports").then().statusCode(403);
        as(client(tree.committeeId(), null)).get("/v1/duty-reports/" + id).then().statusCode(200);
        as(client(tree.committeeId(), "assessment:write")).body(body).post("/v1/duty-reports").then().statusCode(201);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneReport() {
        Fixtures.Tree tree = tree();
        Map<String, Object> body = Map.of("organizationId", tree.branchIds().get(0), "reporterMemberId", tree.memberIds().get(0),
                "reporterName", "张建国", "year", 2025, "title", "重试的述职", "text", "……", "panelMemberIds", List.of(tree.memberIds().get(1)));
        String first = tree.asCommitteeAdmin().header("Idempotency-Key", "duty-" + tree.committeeId()).body(body)
                .post("/v1/duty-reports").then().statusCode(201).extract().path("id");
        String again = tree.asCommitteeAdmin().header("Idempotency-Key", "duty-" + tree.committeeId()).body(body)
                .post("/v1/duty-reports").then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        tree.asCommitteeAdmin().queryParam("organizationId", tree.branchIds().get(0)).get("/v1/duty-reports").then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    static String client(String orgId, String scope) {
        var builder = Jwt.issuer("party-local-dev").subject("sync-client").groups(Set.of("API_CLIENT")).claim("orgId", orgId)
                .expiresIn(Duration.ofMinutes(30));
        if (scope != null) {
            builder.claim("scope", scope);
        }
        return builder.sign();
    }

    @SuppressWarnings("unused")
    private static final ContentType JSON = ContentType.JSON;
}
