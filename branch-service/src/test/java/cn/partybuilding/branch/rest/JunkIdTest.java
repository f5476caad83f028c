package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.token;

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
        String member = "/v1/members/" + Ulid.next();
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/members", Map.of("organizationId", junk), "organizationId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/organizations", Map.of("parentId", junk), "parentId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/organizations/" + Ulid.next() + "/move",
                Map.of("parentId", junk), "parentId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", member + "/transfers",
                Map.of("toOrganizationId", junk), "toOrganizationId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/star-ratings", Map.of("organizationId", junk), "organizationId");
        JunkIds.inBodyAnswers400(JunkIdTest::anyRole, "POST", "/v1/designations", Map.of("organizationId", junk), "organizationId");
    }
}
