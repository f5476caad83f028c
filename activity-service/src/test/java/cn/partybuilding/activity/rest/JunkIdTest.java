package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.as;
import static cn.partybuilding.activity.Fixtures.asAdmin;
import static cn.partybuilding.activity.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.testsupport.JunkIds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What is not an id never reaches the database: 404 in a path, 400 naming the field elsewhere, never 500. */
@QuarkusTest
class JunkIdTest {

    static final List<String> JUNK = JunkIds.VALUES;

    /** Every role, so that no role check answers before the id is looked at. */
    private static RequestSpecification anyRole() {
        return as(token("prober", Ulid.next(), Role.ALL.toArray(String[]::new)));
    }

    @Test
    void inAPathIsNotFound() throws IOException {
        JunkIds.inPathsAnswer404(JunkIdTest::anyRole);
    }

    @Test
    void inAQueryIsA400OnTheParameter() throws IOException {
        JunkIds.inQueriesAnswer400(JunkIdTest::anyRole);
    }

    @Test
    void inACursorIsA400OnTheCursor() throws IOException {
        JunkIds.inCursorsAnswer400(() -> asAdmin());
    }

    /** The field error says what is wrong, in Chinese by default and in English on request. */
    @Test
    void theFieldErrorIsChineseOrEnglish() {
        Map<String, String> body = Map.of("organizationId", "中");
        anyRole().body(body).post("/v1/activities").then().statusCode(400)
                .body("errors.find { it.field == 'organizationId' }.message", equalTo("不是有效的编号（26 位 ULID）"));
        anyRole().header("Accept-Language", "en").body(body).post("/v1/activities").then().statusCode(400)
                .body("errors.find { it.field == 'organizationId' }.message", equalTo("is not a valid id (a 26-character ULID)"));
    }

    @ParameterizedTest
    @FieldSource("JUNK")
    void inABodyIsA400OnTheField(String junk) {
        String activity = "/v1/activities/" + Ulid.next();
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/activities", Map.of("organizationId", junk), "organizationId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/activities", Map.of("speakerMemberId", junk), "speakerMemberId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/activities",
                Map.of("expectedMemberIds", List.of(Ulid.next(), junk)), "expectedMemberIds[1]");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "PUT", activity + "/attendance",
                Map.of("records", List.of(Map.of("memberId", junk, "status", "PRESENT"))), "records[0].memberId");
    }
}
