package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.as;
import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.token;

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
        return as(token("prober", Ulid.next(), Ulid.next(), Role.ALL.toArray(String[]::new)));
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
        for (String field : List.of("communityId", "organizationId", "memberId")) {
            JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/community-reports", Map.of(field, junk), field);
        }
        for (String field : List.of("memberId", "communityId", "postId", "wishId")) {
            JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/volunteer-records", Map.of(field, junk), field);
        }
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/service-posts", Map.of("communityId", junk), "communityId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/wishes", Map.of("communityId", junk), "communityId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/wishes/" + Ulid.next() + "/claim",
                Map.of("organizationId", junk), "organizationId");
    }
}
