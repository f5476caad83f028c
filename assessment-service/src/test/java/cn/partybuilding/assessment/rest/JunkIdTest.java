package cn.partybuilding.assessment.rest;

import static cn.partybuilding.assessment.Fixtures.as;
import static cn.partybuilding.assessment.Fixtures.asAdmin;
import static cn.partybuilding.assessment.Fixtures.token;

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

    @ParameterizedTest
    @FieldSource("JUNK")
    void inABodyIsA400OnTheField(String junk) {
        for (String field : List.of("schemeId", "organizationId")) {
            JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/assessments", Map.of(field, junk), field);
        }
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/assessment-schemes", Map.of("issuerId", junk), "issuerId");
    }
}
