package cn.partybuilding.volunteer.rest;

import cn.partybuilding.common.time.ChinaTime;
import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The volunteer screens of the mobile app: names beside ids, claims a page at a time. */
@QuarkusTest
class MobileScreensTest {

    private static String communityNamed(String name) {
        return asAdmin().body(Map.of("name", name, "district", "市南区", "street", "八大湖街道"))
                .post("/v1/communities").then().statusCode(201).extract().path("id");
    }

    private static String post(String community, int capacity) {
        return asStaff(community).body(Map.of("title", "周末楼道环境整治岗", "category", "ENVIRONMENT", "capacity", capacity,
                        "startDate", ChinaTime.today().toString(), "endDate", ChinaTime.today().plusMonths(3).toString()))
                .post("/v1/service-posts").then().statusCode(201).extract().path("id");
    }

    @Test
    void wishesRecordsAndPostsNameTheirCommunity() {
        String name = "八大湖社区" + cn.partybuilding.common.id.Ulid.next();
        String community = communityNamed(name);

        String wish = asStaff(community).body(Map.of("title", "希望有人陪同取药", "category", "ELDERLY_CARE"))
                .post("/v1/wishes").then().statusCode(201).body("communityName", equalTo(name)).extract().path("id");
        asStaff(community).get("/v1/wishes/" + wish).then().statusCode(200).body("communityName", equalTo(name));
        asAdmin().queryParam("communityId", community).get("/v1/wishes").then().statusCode(200)
                .body("items.communityName", contains(name));

        String post = post(community, 2);
        asStaff(community).get("/v1/service-posts/" + post).then().statusCode(200).body("communityName", equalTo(name));
        asAdmin().queryParam("communityId", community).get("/v1/service-posts").then().statusCode(200)
                .body("items.communityName", everyItem(equalTo(name)));

        Fixtures.Branch branch = Fixtures.branch(1);
        Fixtures.reportMember(branch, 0, community);
        String record = Fixtures.recordAndDecide(branch.asMember(0), community, "2026-11-21", 2.0, null);
        branch.asMember(0).get("/v1/volunteer-records/" + record).then().statusCode(200)
                .body("communityName", equalTo(name))
                .body("startAt", equalTo("2026-11-21T08:00:00+08:00"))
                .body("createdAt", matchesPattern(".*\\+08:00"));
        asStaff(community).get("/v1/volunteer-records").then().statusCode(200).body("items.communityName", everyItem(equalTo(name)));
    }

    @Test
    void claimsComeAPageAtATimeAndTheOldArrayIsDeprecated() {
        String community = Fixtures.community();
        String post = post(community, 5);
        Fixtures.Branch branch = Fixtures.branch(3);
        Fixtures.Branch elsewhere = Fixtures.branch(1);
        for (int i = 0; i < 3; i++) {
            branch.asMember(i).post("/v1/service-posts/" + post + "/claims").then().statusCode(201);
        }
        elsewhere.asMember(0).post("/v1/service-posts/" + post + "/claims").then().statusCode(201);
        List<String> branchMembers = branch.memberIds().stream().sorted().toList();

        JsonPath first = asStaff(community).queryParam("postId", post).queryParam("limit", 3).get("/v1/service-post-claims")
                .then().statusCode(200).body("items", hasSize(3)).extract().jsonPath();
        asStaff(community).queryParam("postId", post).queryParam("cursor", first.getString("nextCursor"))
                .get("/v1/service-post-claims").then().statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        // an organization's administrator sees the claims of their subtree, a member their own
        branch.asAdmin().queryParam("postId", post).get("/v1/service-post-claims").then().statusCode(200)
                .body("items.memberId", equalTo(branchMembers));
        elsewhere.asMember(0).queryParam("postId", post).get("/v1/service-post-claims").then().statusCode(200)
                .body("items.memberId", contains(elsewhere.memberIds().get(0)));
        asStaff(community).get("/v1/service-post-claims").then().statusCode(400).body("errors[0].field", equalTo("postId"));

        asStaff(community).get("/v1/service-posts/" + post + "/claims").then().statusCode(200)
                .body("", hasSize(4))
                .header("Deprecation", matchesPattern("@\\d+"))
                .header("Sunset", endsWith(" GMT"))
                .header("Link", equalTo("</v1/service-post-claims>; rel=\"successor-version\""));
    }
}
