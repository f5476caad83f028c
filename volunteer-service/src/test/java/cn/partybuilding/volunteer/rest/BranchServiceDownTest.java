package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.time.ChinaTime;
import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.partybuilding.testsupport.BranchServiceStub;
import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BranchServiceDownTest {

    @AfterEach
    void branchServiceBack() {
        BranchServiceStub.down(false);
    }

    @Test
    void readsKeepWorkingAndWritesThatNeedItFailWith503WritingNothing() {
        Fixtures.Branch branch = Fixtures.branch(2);
        String community = Fixtures.community();
        Fixtures.reportMember(branch, 0, community);
        String record = branch.asMember(0).body(Map.of("communityId", community, "startAt", "2026-06-01T09:00:00+08:00",
                        "endAt", "2026-06-01T10:00:00+08:00", "hours", 1, "description", "政策宣讲"))
                .post("/v1/volunteer-records").then().statusCode(201).extract().path("id");
        String post = asStaff(community).body(Map.of("title", "文明交通劝导岗", "category", "PUBLIC_ORDER", "capacity", 3,
                        "startDate", ChinaTime.today().toString(), "endDate", ChinaTime.today().plusDays(30).toString()))
                .post("/v1/service-posts").then().statusCode(201).extract().path("id");
        String wish = asStaff(community).body(Map.of("title", "希望有人教老人使用智能手机", "category", "EDUCATION"))
                .post("/v1/wishes").then().statusCode(201).extract().path("id");

        BranchServiceStub.down(true);
        asStaff(community).get("/v1/volunteer-records/" + record).then().statusCode(200);
        asStaff(community).body(Map.of("status", "CONFIRMED")).put("/v1/volunteer-records/" + record + "/confirmation").then().statusCode(200);
        asStaff(community).get("/v1/community-reports").then().statusCode(200).body("items", hasSize(1));
        asStaff(community).queryParam("from", "2026-01-01").get("/v1/volunteer-stats").then().statusCode(200).body("hours", equalTo(1.0f));
        asAdmin().get("/v1/wishes/" + wish).then().statusCode(200);

        branch.asMember(1).body(Map.of("kind", "MEMBER", "communityId", community)).post("/v1/community-reports").then()
                .statusCode(503).contentType("application/problem+json").body("code", equalTo("SERVICE_UNAVAILABLE"));
        branch.asMember(1).post("/v1/service-posts/" + post + "/claims").then().statusCode(503);
        branch.asMember(1).post("/v1/wishes/" + wish + "/claim").then().statusCode(503);

        BranchServiceStub.down(false);
        asStaff(community).get("/v1/community-reports").then().statusCode(200).body("items", hasSize(1));
        asStaff(community).get("/v1/service-posts/" + post).then().statusCode(200).body("claimed", equalTo(0));
        asStaff(community).get("/v1/wishes/" + wish).then().statusCode(200).body("status", equalTo("OPEN"));
    }
}
