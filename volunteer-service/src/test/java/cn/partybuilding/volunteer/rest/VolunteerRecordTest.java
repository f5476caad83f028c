package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.time.ChinaTime;
import static cn.partybuilding.volunteer.Fixtures.as;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static cn.partybuilding.volunteer.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VolunteerRecordTest {

    private static Map<String, Object> record(String community, String start, String end, Object hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("communityId", community);
        body.put("startAt", start);
        body.put("endAt", end);
        body.put("hours", hours);
        body.put("description", "协助社区开展独居老人入户走访");
        return body;
    }

    private static String submit(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post("/v1/volunteer-records").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).extract().path("id");
    }

    @Test
    void recordsBreakingTheTimeRulesAreRefusedWithTheField() {
        Fixtures.Branch branch = Fixtures.branch(1);
        String community = Fixtures.community();
        Fixtures.reportMember(branch, 0, community);
        RequestSpecification member = branch.asMember(0);
        member.body(record(community, "2026-11-21T11:00:00+08:00", "2026-11-21T09:00:00+08:00", 2)).post("/v1/volunteer-records")
                .then().statusCode(400).body("code", equalTo("END_NOT_AFTER_START")).body("errors[0].field", equalTo("endAt"));
        member.body(record(community, "2026-11-21T09:00:00+08:00", "2026-11-21T11:00:00+08:00", 1.25)).post("/v1/volunteer-records")
                .then().statusCode(400).body("code", equalTo("HOURS_NOT_ONE_DECIMAL"));
        member.body(record(community, "2026-11-21T09:00:00+08:00", "2026-11-21T11:00:00+08:00", 2.5)).post("/v1/volunteer-records")
                .then().statusCode(400).body("code", equalTo("HOURS_LONGER_THAN_SPAN"));
        member.body(record(community, "2026-11-21T09:00:00+08:00", "2026-11-21T11:00:00+08:00", 0)).post("/v1/volunteer-records")
                .then().statusCode(400).body("code", equalTo("HOURS_NOT_POSITIVE"));

        submit(member, record(community, "2026-11-21T09:00:00+08:00", "2026-11-21T11:00:00+08:00", 2));
        member.body(record(community, "2026-11-21T10:30:00+08:00", "2026-11-21T12:00:00+08:00", 1.5)).post("/v1/volunteer-records")
                .then().statusCode(409).body("code", equalTo("OVERLAPS_ANOTHER_RECORD"));
        // touching end to start is no overlap
        submit(member, record(community, "2026-11-21T11:00:00+08:00", "2026-11-21T23:59:00+08:00", 12.9));
        // a record starting late the same day and running into the next pushes the day past 24 hours
        member.body(record(community, "2026-11-21T23:59:00+08:00", "2026-11-22T12:00:00+08:00", 9.5)).post("/v1/volunteer-records")
                .then().statusCode(409).body("code", equalTo("MORE_THAN_24_HOURS_A_DAY"));
        submit(member, record(community, "2026-11-21T23:59:00+08:00", "2026-11-22T12:00:00+08:00", 9.1));
    }

    @Test
    void theMemberMustServeTheCommunityAndBeInTheCallersScope() {
        Fixtures.Branch branch = Fixtures.branch(2);
        String community = Fixtures.community();
        branch.asMember(0).body(record(community, "2026-10-01T09:00:00+08:00", "2026-10-01T10:00:00+08:00", 1))
                .post("/v1/volunteer-records").then().statusCode(422).body("code", equalTo("NO_RELATION_TO_COMMUNITY"));
        // the branch's 单位报到 relates every member of the branch
        branch.asAdmin().body(Map.of("kind", "ORGANIZATION", "communityId", community, "organizationId", branch.branchId()))
                .post("/v1/community-reports").then().statusCode(201);
        submit(branch.asMember(0), record(community, "2026-10-01T09:00:00+08:00", "2026-10-01T10:00:00+08:00", 1));

        Map<String, Object> forMember1 = record(community, "2026-10-02T09:00:00+08:00", "2026-10-02T10:00:00+08:00", 1);
        forMember1.put("memberId", branch.memberIds().get(1));
        Fixtures.branch(0).asAdmin().body(forMember1).post("/v1/volunteer-records").then().statusCode(422)
                .body("code", equalTo("MEMBER_NOT_FOUND"));
        branch.asMember(0).body(forMember1).post("/v1/volunteer-records").then().statusCode(422).body("code", equalTo("MEMBER_NOT_FOUND"));
        submit(branch.asAdmin(), forMember1);
        // the community's staff record for members the community knows by their own report only
        forMember1.put("startAt", "2026-10-03T09:00:00+08:00");
        forMember1.put("endAt", "2026-10-03T10:00:00+08:00");
        asStaff(community).body(forMember1).post("/v1/volunteer-records").then().statusCode(422)
                .body("code", equalTo("NO_RELATION_TO_COMMUNITY"));
        Fixtures.reportMember(branch, 1, community);
        submit(asStaff(community), forMember1);
    }

    @Test
    void theCommunityConfirmsOrRejectsOnceAndNobodyConfirmsTheirOwn() {
        Fixtures.Branch branch = Fixtures.branch(1);
        String community = Fixtures.community();
        Fixtures.reportMember(branch, 0, community);
        String memberId = branch.memberIds().get(0);
        String first = submit(branch.asMember(0), record(community, "2026-09-01T09:00:00+08:00", "2026-09-01T11:00:00+08:00", 2));
        String second = submit(branch.asMember(0), record(community, "2026-09-02T09:00:00+08:00", "2026-09-02T11:00:00+08:00", 2));

        // a member who is also the community's staff still cannot confirm their own record
        as(token(memberId, branch.branchId(), community, "MEMBER", "COMMUNITY_STAFF")).body(Map.of("status", "CONFIRMED"))
                .put("/v1/volunteer-records/" + first + "/confirmation").then().statusCode(403)
                .body("code", equalTo("CANNOT_CONFIRM_OWN_RECORD"));
        asStaff(Fixtures.community()).body(Map.of("status", "CONFIRMED")).put("/v1/volunteer-records/" + first + "/confirmation")
                .then().statusCode(404);
        asStaff(community).body(Map.of("status", "REJECTED")).put("/v1/volunteer-records/" + second + "/confirmation")
                .then().statusCode(400).body("code", equalTo("REJECTION_REASON_REQUIRED"));

        asStaff(community).body(Map.of("status", "CONFIRMED")).put("/v1/volunteer-records/" + first + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        asStaff(community).body(Map.of("status", "REJECTED", "reason", "当日社区无此项活动安排"))
                .put("/v1/volunteer-records/" + second + "/confirmation").then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo("当日社区无此项活动安排"));
        asStaff(community).body(Map.of("status", "REJECTED", "reason", "改判")).put("/v1/volunteer-records/" + first + "/confirmation")
                .then().statusCode(409).body("code", equalTo("RECORD_DECIDED"));

        // a rejected record no longer blocks its time
        submit(branch.asMember(0), record(community, "2026-09-02T09:30:00+08:00", "2026-09-02T10:30:00+08:00", 1));
        branch.asMember(0).queryParam("mine", true).queryParam("status", "CONFIRMED").get("/v1/volunteer-records").then()
                .statusCode(200).body("items", hasSize(1));
    }

    /** Hours are recorded for service given ("实际提供志愿服务的时间"), not for service planned. */
    @Test
    void aRecordOfServiceNotYetGivenIsRefused() {
        Fixtures.Branch branch = Fixtures.branch(1);
        String community = Fixtures.community();
        Fixtures.reportMember(branch, 0, community);
        OffsetDateTime tomorrow = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(1).withNano(0);
        branch.asMember(0).body(record(community, tomorrow.toString(), tomorrow.plusHours(2).toString(), 2))
                .post("/v1/volunteer-records").then().statusCode(400)
                .body("code", equalTo("END_IN_FUTURE")).body("errors[0].field", equalTo("endAt"));
        OffsetDateTime justEnded = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        submit(branch.asMember(0), record(community, justEnded.minusHours(2).toString(), justEnded.toString(), 1.5));
    }

    /** "谁组织谁记录": the community that organised the service confirms it, not the member's own organization. */
    @Test
    void onlyTheCommunityServedConfirmsNotTheMembersOrganization() {
        Fixtures.Branch branch = Fixtures.branch(1);
        String community = Fixtures.community();
        Fixtures.reportMember(branch, 0, community);
        String id = submit(branch.asAdmin(), forMember(branch, community, "2026-07-01"));
        branch.asAdmin().body(Map.of("status", "CONFIRMED")).put("/v1/volunteer-records/" + id + "/confirmation")
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        asStaff(community).body(Map.of("status", "CONFIRMED")).put("/v1/volunteer-records/" + id + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
    }

    /** A record names a post or wish of the community served that the member (or their organization) claimed. */
    @Test
    void aNamedPostMustBeTheCommunitysAndClaimedByTheMember() {
        Fixtures.Branch branch = Fixtures.branch(1);
        String community = Fixtures.community();
        String elsewhere = Fixtures.community();
        Fixtures.reportMember(branch, 0, community);
        String post = servicePost(community);
        String otherPost = servicePost(elsewhere);
        Map<String, Object> body = record(community, "2026-06-05T09:00:00+08:00", "2026-06-05T11:00:00+08:00", 2);
        body.put("postId", post);
        branch.asMember(0).body(body).post("/v1/volunteer-records").then().statusCode(422)
                .body("code", equalTo("POST_OR_WISH_MISMATCH")).body("errors[0].field", equalTo("postId"));
        branch.asMember(0).post("/v1/service-posts/" + otherPost + "/claims").then().statusCode(201);
        body.put("postId", otherPost);
        branch.asMember(0).body(body).post("/v1/volunteer-records").then().statusCode(422)
                .body("code", equalTo("POST_OR_WISH_MISMATCH"));

        branch.asMember(0).post("/v1/service-posts/" + post + "/claims").then().statusCode(201);
        body.put("postId", post);
        String id = submit(branch.asMember(0), body);
        asStaff(community).body(Map.of("status", "SUBMITTED")).put("/v1/volunteer-records/" + id + "/confirmation")
                .then().statusCode(400).body("code", equalTo("INVALID_DECISION"));
    }

    private static String servicePost(String community) {
        return asStaff(community).body(Map.of("title", "社区助老服务岗", "category", "OTHER", "capacity", 3,
                        "startDate", "2026-01-01", "endDate", ChinaTime.today().plusMonths(1).toString()))
                .post("/v1/service-posts").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> forMember(Fixtures.Branch branch, String community, String day) {
        Map<String, Object> body = record(community, day + "T09:00:00+08:00", day + "T11:00:00+08:00", 1.5);
        body.put("memberId", branch.memberIds().get(0));
        return body;
    }

    @Test
    void parallelOverlappingRecordsOfOneMemberLeaveOne() throws Exception {
        Fixtures.Branch branch = Fixtures.branch(1);
        String community = Fixtures.community();
        Fixtures.reportMember(branch, 0, community);
        List<Callable<Integer>> calls = IntStream.range(0, 10).<Callable<Integer>>mapToObj(i -> () -> branch.asMember(0)
                .body(record(community, "2026-08-01T09:0" + i + ":00+08:00", "2026-08-01T11:00:00+08:00", 1.5))
                .post("/v1/volunteer-records").statusCode()).toList();
        List<Integer> statuses = Fixtures.inParallel(calls);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        branch.asMember(0).queryParam("mine", true).get("/v1/volunteer-records").then().statusCode(200).body("items", hasSize(1));
    }
}
