package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommunityReportTest {

    @Test
    void communitiesAreRegisteredOncePerDistrictAndKeptByTheirStaff() {
        String name = "延安路社区" + System.nanoTime();
        String id = asAdmin().body(Map.of("name", name, "district", "市南区", "contactPhone", "0532-82861234"))
                .post("/v1/communities").then().statusCode(201).header("ETag", notNullValue()).extract().path("id");
        asAdmin().body(Map.of("name", name, "district", "市南区")).post("/v1/communities").then().statusCode(409)
                .body("code", equalTo("COMMUNITY_NAME_TAKEN"));
        asStaff(id).body(Map.of("contactName", "社区党委书记 刘红")).patch("/v1/communities/" + id).then().statusCode(200)
                .body("contactName", equalTo("社区党委书记 刘红"));
        asStaff(Fixtures.community()).body(Map.of("contactName", "别的社区")).patch("/v1/communities/" + id).then().statusCode(403);
        asAdmin().body(Map.of("name", "x", "district", "市南区", "contactPhone", "call me")).post("/v1/communities").then()
                .statusCode(400).body("errors[0].field", equalTo("contactPhone"));
    }

    @Test
    void aMemberHasOneActiveReportAndReportingElsewhereEndsTheFirst() {
        Fixtures.Branch branch = Fixtures.branch(1);
        String first = Fixtures.community();
        String second = Fixtures.community();
        String firstReport = branch.asMember(0).body(Map.of("kind", "MEMBER", "communityId", first))
                .post("/v1/community-reports").then().statusCode(201)
                .body("memberName", equalTo("志愿者0")).body("organizationName", equalTo("市民政局机关第一党支部"))
                .extract().path("id");
        branch.asMember(0).body(Map.of("kind", "MEMBER", "communityId", first)).post("/v1/community-reports").then()
                .statusCode(409).body("code", equalTo("REPORT_EXISTS"));
        branch.asMember(0).body(Map.of("kind", "MEMBER", "communityId", second)).post("/v1/community-reports").then().statusCode(201);

        branch.asMember(0).get("/v1/community-reports/" + firstReport).then().statusCode(200)
                .body("status", equalTo("ENDED")).body("endedAt", notNullValue());
        branch.asMember(0).queryParam("status", "ACTIVE").get("/v1/community-reports").then().statusCode(200)
                .body("items.communityId", contains(second));
        // the community sees who reported to it; another community does not
        asStaff(second).get("/v1/community-reports").then().statusCode(200).body("items.memberName", contains("志愿者0"));
        asStaff(second).get("/v1/community-reports/" + firstReport).then().statusCode(404);
    }

    @Test
    void parallelReportsOfOneMemberLeaveExactlyOneActive() throws Exception {
        Fixtures.Branch branch = Fixtures.branch(1);
        List<String> communities = IntStream.range(0, 6).mapToObj(i -> Fixtures.community()).toList();
        List<Callable<Integer>> calls = communities.stream().<Callable<Integer>>map(c -> () -> branch.asMember(0)
                .body(Map.of("kind", "MEMBER", "communityId", c)).post("/v1/community-reports").statusCode()).toList();
        List<Integer> statuses = Fixtures.inParallel(calls);
        assertEquals(List.of(), statuses.stream().filter(s -> s != 201 && s != 409).toList(), "only 201 or 409");
        branch.asMember(0).queryParam("status", "ACTIVE").get("/v1/community-reports").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void anOrganizationReportsWithItsAgreementOncePerCommunity() {
        Fixtures.Branch branch = Fixtures.branch(0);
        String community = Fixtures.community();
        Map<String, Object> report = Map.of("kind", "ORGANIZATION", "communityId", community, "organizationId", branch.branchId(),
                "agreementItems", List.of("共建党员志愿服务队", "每月一次环境整治"));
        String id = branch.asAdmin().body(report).post("/v1/community-reports").then().statusCode(201)
                .body("agreementItems", contains("共建党员志愿服务队", "每月一次环境整治")).extract().path("id");
        branch.asAdmin().body(report).post("/v1/community-reports").then().statusCode(409).body("code", equalTo("REPORT_EXISTS"));
        // another organization's manager names this branch: 422, as if it did not exist
        Fixtures.branch(0).asAdmin().body(report).post("/v1/community-reports").then().statusCode(422)
                .body("errors[0].field", equalTo("organizationId"));

        Response ended = asStaff(community).body(Map.of("status", "ENDED")).patch("/v1/community-reports/" + id);
        ended.then().statusCode(200).body("status", equalTo("ENDED"));
        asStaff(community).body(Map.of("status", "ENDED")).patch("/v1/community-reports/" + id).then().statusCode(409)
                .body("code", equalTo("REPORT_ENDED"));
        branch.asAdmin().body(report).post("/v1/community-reports").then().statusCode(201);
    }

    @Test
    void aMachineClientReportsItsOrganizationOnlyWithTheVolunteerWriteScope() {
        Fixtures.Branch branch = Fixtures.branch(0);
        String community = Fixtures.community();
        Map<String, Object> report = Map.of("kind", "ORGANIZATION", "communityId", community, "organizationId", branch.branchId());
        String readOnly = Fixtures.token("gov-exchange", branch.committeeId(), null, "API_CLIENT");
        Fixtures.as(readOnly).get("/v1/community-reports").then().statusCode(200);
        Fixtures.as(readOnly).body(report).post("/v1/community-reports").then().statusCode(403).body("code", equalTo("FORBIDDEN"));

        String writer = io.smallrye.jwt.build.Jwt.issuer("party-local-dev").subject("gov-exchange")
                .groups(java.util.Set.of("API_CLIENT")).claim("orgId", branch.committeeId()).claim("scope", "volunteer:write")
                .expiresIn(java.time.Duration.ofMinutes(30)).sign();
        String id = Fixtures.as(writer).body(report).post("/v1/community-reports").then().statusCode(201)
                .body("organizationId", equalTo(branch.branchId())).extract().path("id");
        Fixtures.as(writer).body(Map.of("status", "ENDED")).patch("/v1/community-reports/" + id).then().statusCode(200)
                .body("status", equalTo("ENDED"));
        // the scope does not reach another tree
        Fixtures.as(writer).body(Map.of("kind", "ORGANIZATION", "communityId", community, "organizationId", Fixtures.branch(0).branchId()))
                .post("/v1/community-reports").then().statusCode(422).body("errors[0].field", equalTo("organizationId"));
    }

    @Test
    void anUnknownCommunityIsA422AndAMissingKindA400() {
        Fixtures.Branch branch = Fixtures.branch(1);
        branch.asMember(0).body(Map.of("kind", "MEMBER", "communityId", "01JE0000000000000000000000")).post("/v1/community-reports")
                .then().statusCode(422).body("code", equalTo("COMMUNITY_NOT_FOUND"));
        branch.asMember(0).body(Map.of("communityId", Fixtures.community())).post("/v1/community-reports")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
    }
}
