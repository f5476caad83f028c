package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.committeeWithBranch;
import static cn.partybuilding.branch.Api.member;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.audit.AuditedResource;
import cn.partybuilding.common.id.Ulid;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write leaves one audit event in the same transaction, with who, when, what and from where;
 * unmasked personal data read is recorded; administrators read the trail of their own subtree.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String EVENTS = "/v1/audit-events";

    @Inject
    AuditTrail audit;

    private String committee;
    private String branch;
    private String orgAdmin;

    @BeforeEach
    void tree() {
        String[] tree = committeeWithBranch();
        committee = tree[0];
        branch = tree[1];
        orgAdmin = token("admin-" + committee, committee, "ORG_ADMIN");
    }

    @Test
    void aWriteRecordsWhoWhatWhenAndFromWhere() {
        String memberId = member(branch, "周建国");
        String requestId = "audit-" + Ulid.next();
        as(orgAdmin).header("X-Request-Id", requestId).header("X-Forwarded-For", "203.0.113.9, 10.1.2.3")
                .header("If-Match", "\"0\"").body(Map.of("name", "周建华"))
                .patch("/v1/members/" + memberId).then().statusCode(200);

        JsonPath events = events(asAdmin(), "resourceType=Member&resourceId=" + memberId);
        assertEquals(List.of("UPDATE", "CREATE"), events.getList("items.action"), "newest first");
        String update = "items[0].";
        assertEquals("updateMember", events.getString(update + "operation"));
        assertEquals("branch-service", events.getString(update + "service"));
        assertEquals(0, events.getInt(update + "oldVersion"));
        assertEquals(1, events.getInt(update + "newVersion"));
        assertEquals(branch, events.getString(update + "organizationId"));
        assertEquals("admin-" + committee, events.getString(update + "actor.subject"));
        assertEquals(List.of("ORG_ADMIN"), events.getList(update + "actor.roles"));
        assertEquals(committee, events.getString(update + "actor.organizationId"));
        assertEquals(requestId, events.getString(update + "requestId"));
        assertEquals("10.1.2.3", events.getString(update + "clientAddress"), "the hop the gateway appended, not the client's claim");
        assertTrue(events.getString(update + "occurredAt").endsWith("+08:00"), "China time");
        assertEquals(null, events.getString("items[1].oldVersion"));
        assertEquals(0, events.getInt("items[1].newVersion"));
    }

    @Test
    void aRefusedWriteRecordsNothing() {
        String memberId = member(branch, "吴晓燕");
        as(orgAdmin).header("If-Match", "\"7\"").body(Map.of("name", "吴晓红"))
                .patch("/v1/members/" + memberId).then().statusCode(412);
        asAdmin().body(Map.of("toOrganizationId", memberId)).post("/v1/members/" + memberId + "/transfers").then()
                .statusCode(422);
        assertEquals(List.of("CREATE"), events(asAdmin(), "resourceId=" + memberId).getList("items.action"));
    }

    @Test
    void anEventRollsBackWithItsTransaction() {
        String resourceId = Ulid.next();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            audit.created(AuditedResource.inOrganization("Member", resourceId, branch, null), 0L);
            throw new IllegalStateException("the write fails after recording its event");
        }));
        assertEquals(List.of(), events(asAdmin(), "resourceId=" + resourceId).getList("items"));
        QuarkusTransaction.requiringNew().run(
                () -> audit.created(AuditedResource.inOrganization("Member", resourceId, branch, null), 0L));
        assertEquals(List.of("system"), events(asAdmin(), "resourceId=" + resourceId).getList("items.actor.subject"),
                "outside a request the system acts");
    }

    @Test
    void readsOfUnmaskedPersonalDataAreRecordedAndMaskedReadsAreNot() {
        String memberId = asAdmin().body(Map.of("organizationId", branch, "name", "郑丽", "gender", "FEMALE",
                        "status", "FULL", "joinedOn", "2019-07-01", "phone", "13912345678"))
                .post("/v1/members").then().statusCode(201).extract().path("id");
        String secretary = token(member(branch, "王书记"), branch, "SECRETARY");
        as(secretary).get("/v1/members/" + memberId).then().statusCode(200).body("phone", equalTo("139****5678"));
        assertEquals(List.of("createMember"),
                events(asAdmin(), "action=READ_PERSONAL_DATA&resourceId=" + memberId).getList("items.operation"),
                "the answer to the registration showed the phone; the secretary's masked read is not recorded");

        as(orgAdmin).get("/v1/members/" + memberId).then().statusCode(200).body("phone", equalTo("13912345678"));
        as(orgAdmin).get("/v1/members?organizationId=" + branch).then().statusCode(200);
        JsonPath reads = events(asAdmin(), "action=READ_PERSONAL_DATA&resourceId=" + memberId);
        assertEquals(List.of("listMembers", "getMember", "createMember"), reads.getList("items.operation"));
        assertEquals(List.of("admin-" + committee, "admin-" + committee, "admin"), reads.getList("items.actor.subject"));

        as(token(memberId, branch, "MEMBER")).get("/v1/members/me").then().statusCode(200).body("phone", equalTo("13912345678"));
        as(token(memberId, branch, "MEMBER")).get("/v1/members/" + memberId).then().statusCode(200).body("phone", equalTo("13912345678"));
        assertEquals(List.of("listMembers", "getMember", "createMember"),
                events(asAdmin(), "action=READ_PERSONAL_DATA&resourceId=" + memberId).getList("items.operation"),
                "a member's own record shown to them is not recorded");
    }

    @Test
    void organizationAdministratorsReadTheirSubtreeOnly() {
        String otherBranch = committeeWithBranch()[1];
        String ours = member(branch, "孙志强");
        String theirs = member(otherBranch, "钱文华");
        as(orgAdmin).get(EVENTS + "?resourceId=" + ours).then().statusCode(200).body("items", hasSize(1));
        as(orgAdmin).get(EVENTS + "?resourceId=" + theirs).then().statusCode(200).body("items", empty());
        JsonPath all = events(as(orgAdmin), "limit=200");
        for (Object organizationId : all.getList("items.organizationId")) {
            assertTrue(organizationId.equals(committee) || organizationId.equals(branch),
                    "event of another tree: " + organizationId);
        }
        problem(as(token(ours, branch, "MEMBER")).get(EVENTS).then(), 403, "FORBIDDEN");
        problem(as(token("sec", branch, "SECRETARY")).get(EVENTS).then(), 403, "FORBIDDEN");
        as(orgAdmin).get(EVENTS + "?actor=admin&resourceId=" + ours).then().statusCode(200)
                .body("items.actor.subject", contains("admin"));
    }

    @Test
    void pagesWalkNewestFirstWithoutRepeats() {
        String memberId = member(branch, "陈立新");
        for (int version = 0; version < 4; version++) {
            asAdmin().header("If-Match", "\"" + version + "\"").body(Map.of("name", "陈立新" + version))
                    .patch("/v1/members/" + memberId).then().statusCode(200);
        }
        List<String> ids = new ArrayList<>();
        List<Object> newVersions = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = events(asAdmin(), "limit=2&resourceId=" + memberId + (cursor == null ? "" : "&cursor=" + cursor));
            ids.addAll(page.getList("items.id"));
            newVersions.addAll(page.getList("items.newVersion"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(4, 3, 2, 1, 0), newVersions);
        Set<String> distinct = new HashSet<>(ids);
        assertEquals(ids.size(), distinct.size());
    }

    @Test
    void badFiltersAreTheCallersProblem() {
        problem(asAdmin().get(EVENTS + "?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z").then(), 400, "INVALID_PERIOD");
        problem(asAdmin().get(EVENTS + "?cursor=%E4%B8%AD").then(), 400, "INVALID_CURSOR");
        problem(asAdmin().get(EVENTS + "?resourceType=Member'--").then(), 400, "VALIDATION_FAILED");
        problem(asAdmin().get(EVENTS + "?action=ERASE").then(), 400, "INVALID_PARAMETER");
        as(token("anyone", null)).get(EVENTS).then().statusCode(403);
        asAdmin().get(EVENTS + "?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z").then().statusCode(200)
                .body("items", empty()).body("nextCursor", nullValue());
    }

    private static JsonPath events(io.restassured.specification.RequestSpecification as, String query) {
        return as.get(EVENTS + "?" + query).then().statusCode(200).extract().jsonPath();
    }
}
