package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.partybuilding.assessment.Fixtures;
import cn.partybuilding.testsupport.ChangeFeedProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change feeds of schemes and assessments reach the caller's subtree only. */
@QuarkusTest
@TestProfile(ChangeFeedProfile.class)
class AssessmentChangeFeedTest {

    @Test
    void schemesAndAssessmentsReachTheirSubtreeOnly() {
        Fixtures.Tree tree = Fixtures.tree(1, 1);
        Fixtures.Tree other = Fixtures.tree(1, 1);
        String issuer = token("issuer-admin", tree.workingCommitteeId(), "ORG_ADMIN");
        String stranger = token("other-admin", other.workingCommitteeId(), "ORG_ADMIN");
        String committee = token("committee-admin", tree.committeeId(), "ORG_ADMIN");
        String schemesSince = start(issuer, "assessment-schemes");
        String strangerSince = start(stranger, "assessments");
        String assessmentsSince = start(committee, "assessments");

        String scheme = Fixtures.scheme(tree);
        String assessment = Fixtures.assessment(tree, scheme);
        tree.asIssuer().body(Map.of("status", "REVIEW")).put("/v1/assessments/" + assessment + "/status").then().statusCode(200);

        List<Map<String, Object>> schemes = about(readUntil(issuer, "assessment-schemes", schemesSince, 1), scheme);
        assertEquals(1, schemes.size());
        List<Map<String, Object>> changes = about(readUntil(committee, "assessments", assessmentsSince, 2), assessment);
        assertEquals(List.of(0, 1), changes.stream().map(item -> item.get("version")).toList(), "started, then moved to review");
        assertEquals("REVIEW", ((Map<?, ?>) changes.get(1).get("resource")).get("status"));
        assertTrue(about(read(stranger, "assessments", strangerSince), assessment).isEmpty(), "another subtree");
        as(token(tree.memberIds().get(0), tree.branchIds().get(0), "MEMBER")).get("/v1/assessments/changes").then().statusCode(403);
    }

    private static String start(String token, String feed) {
        return as(token).get("/v1/" + feed + "/changes").then().statusCode(200).body("items.size()", equalTo(0))
                .extract().path("nextSince");
    }

    private static List<Map<String, Object>> read(String token, String feed, String since) {
        return as(token).queryParam("since", since).get("/v1/" + feed + "/changes").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static List<Map<String, Object>> readUntil(String token, String feed, String since, int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        Instant giveUp = Instant.now().plusSeconds(ChangeFeedProfile.SETTLE_SECONDS * 3L);
        String next = since;
        while (items.size() < count) {
            if (Instant.now().isAfter(giveUp)) {
                fail("not delivered; read " + items);
            }
            JsonPath page = as(token).queryParam("since", next).get("/v1/" + feed + "/changes").then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            next = page.getString("nextSince");
        }
        return items;
    }

    private static List<Map<String, Object>> about(List<Map<String, Object>> items, String id) {
        return items.stream().filter(item -> id.equals(item.get("id"))).toList();
    }
}
