package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.time.ChinaTime;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServicePostTest {

    private static String post(String community, int capacity) {
        return asStaff(community).body(Map.of("title", "周末楼道环境整治岗", "category", "ENVIRONMENT", "capacity", capacity,
                        "startDate", ChinaTime.today().toString(), "endDate", ChinaTime.today().plusMonths(3).toString()))
                .post("/v1/service-posts").then().statusCode(201).body("communityId", equalTo(community))
                .body("remaining", equalTo(capacity)).extract().path("id");
    }

    @Test
    void parallelClaimsNeverPassTheCapacity() throws Exception {
        String community = Fixtures.community();
        String post = post(community, 5);
        Fixtures.Branch branch = Fixtures.branch(20);
        List<Callable<Integer>> claims = IntStream.range(0, 20).<Callable<Integer>>mapToObj(i -> () ->
                branch.asMember(i).post("/v1/service-posts/" + post + "/claims").statusCode()).toList();

        List<Integer> statuses = Fixtures.inParallel(claims);

        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        asStaff(community).get("/v1/service-posts/" + post).then().statusCode(200).body("claimed", equalTo(5)).body("remaining", equalTo(0));
        asStaff(community).get("/v1/service-posts/" + post + "/claims").then().statusCode(200).body("", hasSize(5));
    }

    @Test
    void aMemberClaimsOnceAndGivingBackFreesThePlace() {
        String community = Fixtures.community();
        String post = post(community, 1);
        Fixtures.Branch branch = Fixtures.branch(2);
        branch.asMember(0).post("/v1/service-posts/" + post + "/claims").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/claims/" + branch.memberIds().get(0)));
        branch.asMember(0).post("/v1/service-posts/" + post + "/claims").then().statusCode(409).body("code", equalTo("POST_ALREADY_CLAIMED"));
        branch.asMember(1).post("/v1/service-posts/" + post + "/claims").then().statusCode(409).body("code", equalTo("POST_FULL"));
        // only the member themself (or the community) gives a claim back
        branch.asMember(1).delete("/v1/service-posts/" + post + "/claims/" + branch.memberIds().get(0)).then().statusCode(404);
        branch.asMember(0).delete("/v1/service-posts/" + post + "/claims/" + branch.memberIds().get(0)).then().statusCode(204);
        branch.asMember(1).post("/v1/service-posts/" + post + "/claims").then().statusCode(201);
    }

    @Test
    void aPostIsClaimedOnlyUntilItsEndDate() {
        String community = Fixtures.community();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String ended = asStaff(community).body(Map.of("title", "暑期托管志愿岗", "category", "OTHER", "capacity", 3,
                        "startDate", today.minusMonths(2).toString(), "endDate", today.minusDays(1).toString()))
                .post("/v1/service-posts").then().statusCode(201).extract().path("id");
        Fixtures.branch(1).asMember(0).post("/v1/service-posts/" + ended + "/claims").then().statusCode(409)
                .body("code", equalTo("POST_CLOSED"));
        String lastDay = asStaff(community).body(Map.of("title", "冬季扫雪岗", "category", "OTHER", "capacity", 3,
                        "startDate", today.minusMonths(1).toString(), "endDate", today.toString()))
                .post("/v1/service-posts").then().statusCode(201).extract().path("id");
        Fixtures.branch(1).asMember(0).post("/v1/service-posts/" + lastDay + "/claims").then().statusCode(201);
    }

    @Test
    void onlyTheCommunityPublishesAndChangesItsPosts() {
        String community = Fixtures.community();
        String other = Fixtures.community();
        asStaff(other).body(Map.of("communityId", community, "title", "代发", "category", "OTHER", "capacity", 2,
                "startDate", "2026-12-01", "endDate", "2026-12-31")).post("/v1/service-posts").then().statusCode(422)
                .body("code", equalTo("COMMUNITY_NOT_FOUND"));
        Fixtures.branch(1).asMember(0).body(Map.of("title", "x", "category", "OTHER", "capacity", 2,
                "startDate", "2026-12-01", "endDate", "2026-12-31")).post("/v1/service-posts").then().statusCode(403);
        asStaff(community).body(Map.of("title", "倒序", "category", "OTHER", "capacity", 2,
                "startDate", "2026-12-31", "endDate", "2026-12-01")).post("/v1/service-posts").then().statusCode(400)
                .body("code", equalTo("PERIOD_END_BEFORE_START"));
        String post = post(community, 3);
        Fixtures.Branch branch = Fixtures.branch(2);
        branch.asMember(0).post("/v1/service-posts/" + post + "/claims").then().statusCode(201);
        branch.asMember(1).post("/v1/service-posts/" + post + "/claims").then().statusCode(201);
        asStaff(other).body(Map.of("capacity", 5)).patch("/v1/service-posts/" + post).then().statusCode(403);
        asStaff(community).body(Map.of("capacity", 1)).patch("/v1/service-posts/" + post).then().statusCode(409)
                .body("code", equalTo("CAPACITY_BELOW_CLAIMED"));
        asStaff(community).header("If-Match", "\"99\"").body(Map.of("status", "CLOSED")).patch("/v1/service-posts/" + post)
                .then().statusCode(412);
        asStaff(community).body(Map.of("status", "CLOSED")).patch("/v1/service-posts/" + post).then().statusCode(200);
        Fixtures.branch(1).asMember(0).post("/v1/service-posts/" + post + "/claims").then().statusCode(409).body("code", equalTo("POST_CLOSED"));
    }
}
