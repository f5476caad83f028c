package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.as;
import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A wish's life is on the record: its community's events are for system administrators, and once a
 * member claims it, the claimer's tree sees it too; showing the resident's phone is a recorded read.
 */
@QuarkusTest
class AuditTrailTest {

    private static JsonPath events(String query) {
        return asAdmin().get("/v1/audit-events?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aWishsWritesAndTheReadsOfItsResidentAreRecorded() {
        String community = Fixtures.community();
        String wish = asStaff(community).body(Map.of("title", "空巢老人希望有人陪同理发", "category", "ELDERLY_CARE",
                        "description", "老人行动不便，每月需要理发一次。", "resident", Map.of("name", "李秀英", "phone", "13912345678")))
                .post("/v1/wishes").then().statusCode(201).extract().path("id");
        Fixtures.Branch branch = Fixtures.branch(2);

        branch.asAdmin().get("/v1/audit-events?resourceId=" + wish).then().statusCode(200).body("items", empty());
        branch.asMember(1).get("/v1/wishes/" + wish).then().statusCode(200).body("resident", nullValue());
        branch.asMember(0).post("/v1/wishes/" + wish + "/claim").then().statusCode(200).body("resident.phone", equalTo("13912345678"));
        asStaff(community).get("/v1/wishes/" + wish).then().statusCode(200).body("resident.phone", equalTo("13912345678"));

        // every answer that showed the resident is a recorded read, the write's own answers included
        JsonPath trail = events("resourceId=" + wish);
        String staff = "staff-" + community;
        String claimer = branch.memberIds().get(0);
        assertEquals(List.of("READ_PERSONAL_DATA", "READ_PERSONAL_DATA", "UPDATE", "READ_PERSONAL_DATA", "CREATE"),
                trail.getList("items.action"));
        assertEquals(List.of(staff, claimer, claimer, staff, staff), trail.getList("items.actor.subject"));
        assertEquals(List.of("getWish", "claimWish", "claimWish", "createWish",
                "createWish"), trail.getList("items.operation"));
        assertEquals(community, trail.getString("items[4].communityId"));
        assertEquals(community, trail.getString("items[4].actor.communityId"));
        assertEquals(branch.branchId(), trail.getString("items[2].organizationId"));

        // the claimer's tree sees the wish from the claim on; the community's own events stay the system's
        branch.asAdmin().get("/v1/audit-events?resourceId=" + wish).then().statusCode(200)
                .body("items.action", equalTo(List.of("READ_PERSONAL_DATA", "READ_PERSONAL_DATA", "UPDATE")));
        as(Fixtures.token("staff-" + community, null, community, "COMMUNITY_STAFF")).get("/v1/audit-events").then()
                .statusCode(403);

        // a page of wishes that shows the resident is recorded too, its reads in one go
        asStaff(community).get("/v1/wishes?communityId=" + community).then().statusCode(200)
                .body("items[0].resident.phone", equalTo("13912345678"));
        assertEquals("listWishes", events("action=READ_PERSONAL_DATA&resourceId=" + wish).getString("items[0].operation"));
    }
}
