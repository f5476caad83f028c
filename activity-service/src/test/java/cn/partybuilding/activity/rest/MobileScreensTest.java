package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.as;
import static cn.partybuilding.activity.Fixtures.asAdmin;
import static cn.partybuilding.activity.Fixtures.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.activity.Fixtures;
import cn.partybuilding.activity.QrImages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each screen of the mobile app in one call: my activities, the QR code, leave requests a page at a time. */
@QuarkusTest
class MobileScreensTest {

    @Test
    void myActivitiesAreInStartOrderWithMyOwnAttendance() {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        // created in another order than they start; two start at the same time
        String late = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", "2027-03-20T09:00:00+08:00", "2027-03-20T11:00:00+08:00");
        String tieA = Fixtures.activity(branch.branchId(), "THEME_PARTY_DAY", "2027-03-10T14:30:00+08:00", "2027-03-10T16:30:00+08:00");
        String early = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", "2027-03-01T09:00:00+08:00", "2027-03-01T11:00:00+08:00");
        String tieB = Fixtures.activity(branch.branchId(), "COMMITTEE_MEETING", "2027-03-10T14:30:00+08:00", "2027-03-10T16:30:00+08:00");
        String member = branch.memberIds().get(0);
        String other = branch.memberIds().get(1);
        asAdmin().body(Map.of("records", List.of(Map.of("memberId", member, "status", "ABSENT"),
                Map.of("memberId", other, "status", "PRESENT")))).put("/v1/activities/" + early + "/attendance").then().statusCode(200);

        // every page of one, in start order, ties by id: the cursor follows the order
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(token(member, branch.branchId(), "MEMBER")).queryParam("mine", true).queryParam("limit", 1);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/activities").then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
            seen.add(page.getString("items[0].id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of(early, tieA, tieB, late), seen);

        as(token(member, branch.branchId(), "MEMBER")).queryParam("mine", true).get("/v1/activities").then().statusCode(200)
                .body("items.id", contains(early, tieA, tieB, late))
                .body("items[0].myAttendance.status", equalTo("ABSENT"))
                .body("items[0].startAt", equalTo("2027-03-01T09:00:00+08:00"))
                .body("items[1].myAttendance", notNullValue())
                .body("items[1].myAttendance.status", nullValue());
        // the upcoming list of a phone: from a date, in China time
        as(token(member, branch.branchId(), "MEMBER")).queryParam("mine", true).queryParam("from", "2027-03-10")
                .get("/v1/activities").then().statusCode(200).body("items.id", contains(tieA, tieB, late));
        // other lists keep their order and carry no attendance of the caller
        asAdmin().queryParam("organizationId", branch.branchId()).get("/v1/activities").then().statusCode(200)
                .body("items.id", contains(late, tieA, early, tieB))
                .body("items[0].myAttendance", nullValue());
        // the detail screen revalidates for a few bytes
        String etag = as(token(member, branch.branchId(), "MEMBER")).get("/v1/activities/" + early).then().statusCode(200)
                .extract().header("ETag");
        as(token(member, branch.branchId(), "MEMBER")).header("If-None-Match", etag).get("/v1/activities/" + early).then()
                .statusCode(304).header("ETag", etag);
        as(token(member, branch.branchId(), "MEMBER")).queryParam("mine", true).queryParam("cursor", "djE6bm90LWEta2V5")
                .get("/v1/activities").then().statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        // a flag that is neither true nor false is refused, not read as false (which would list every activity)
        as(token(member, branch.branchId(), "MEMBER")).queryParam("mine", "yes").get("/v1/activities").then()
                .statusCode(400).body("code", equalTo("INVALID_PARAMETER")).body("errors[0].field", equalTo("mine"));
    }

    @Test
    void aScannedQrCodeSaysWhichActivityItIsForAndChecksIn() throws Exception {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        String activity = Fixtures.activity(branch.branchId(), "THEME_PARTY_DAY", Fixtures.minutesFromNow(5), Fixtures.minutesFromNow(125));
        String path = "/v1/activities/" + activity + "/check-in-code";

        JsonPath code = asAdmin().get(path).then().statusCode(200).header("Cache-Control", "no-store")
                .body("expiresAt", endsWith("+08:00")).extract().jsonPath();
        JsonPath payload = JsonPath.from(code.getString("qrPayload"));
        assertEquals(activity, payload.getString("activityId"));
        assertEquals(code.getString("code"), payload.getString("code"));
        assertEquals(code.getString("expiresAt"), payload.getString("expiresAt"));

        Response png = asAdmin().accept("image/png").get(path);
        png.then().statusCode(200).contentType("image/png").header("Cache-Control", "no-store")
                .header("X-Code-Expires-At", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00"))
                .header("Expires", endsWith(" GMT"));
        ZonedDateTime expires = ZonedDateTime.parse(png.header("Expires"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(OffsetDateTime.parse(png.header("X-Code-Expires-At")).toInstant(), expires.toInstant());
        String scanned = QrImages.text(png.asByteArray());
        assertEquals(activity, JsonPath.from(scanned).getString("activityId"));
        assertTrue(expires.toInstant().isAfter(java.time.Instant.now()));

        // the app posts what it scanned; the bare code keeps working too
        as(token(branch.memberIds().get(0), branch.branchId(), "MEMBER")).body(Map.of("code", scanned))
                .post("/v1/activities/" + activity + "/check-ins").then().statusCode(200).body("status", equalTo("PRESENT"));
        as(token(branch.memberIds().get(1), branch.branchId(), "MEMBER")).body(Map.of("code", JsonPath.from(scanned).getString("code")))
                .post("/v1/activities/" + activity + "/check-ins").then().statusCode(200).body("status", equalTo("PRESENT"));
        as(token(branch.memberIds().get(1), branch.branchId(), "MEMBER")).body(Map.of("code", "{\"activityId\":\"" + activity + "\"}"))
                .post("/v1/activities/" + activity + "/check-ins").then().statusCode(400)
                .body("code", equalTo("INVALID_CHECK_IN_CODE")).body("errors[0].field", equalTo("code"));
        as(token(branch.memberIds().get(0), branch.branchId(), "MEMBER")).queryParam("mine", true).get("/v1/activities").then()
                .body("items[0].myAttendance.status", equalTo("PRESENT"))
                .body("items[0].myAttendance.checkedInAt", endsWith("+08:00"));
    }

    @Test
    void leaveRequestsComeAPageAtATimeAndTheOldArrayIsDeprecated() {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String activity = Fixtures.activity(branch.branchId(), "GENERAL_MEETING", "2030-01-12T09:00:00+08:00", "2030-01-12T11:00:00+08:00");
        List<String> members = branch.memberIds();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(as(token(members.get(i), branch.branchId(), "MEMBER")).body(Map.of("reason", "外出公务" + i))
                    .post("/v1/activities/" + activity + "/leave-requests").then().statusCode(201).extract().path("id"));
        }
        String secretary = token(members.get(2), branch.branchId(), "SECRETARY");
        JsonPath first = as(secretary).queryParam("activityId", activity).queryParam("limit", 2).get("/v1/leave-requests")
                .then().statusCode(200).body("items.id", equalTo(ids.subList(0, 2))).extract().jsonPath();
        as(secretary).queryParam("activityId", activity).queryParam("cursor", first.getString("nextCursor")).get("/v1/leave-requests")
                .then().statusCode(200).body("items.id", equalTo(ids.subList(2, 3))).body("nextCursor", nullValue());
        as(token(members.get(1), branch.branchId(), "MEMBER")).queryParam("activityId", activity).get("/v1/leave-requests")
                .then().statusCode(200).body("items.memberId", contains(members.get(1)));
        as(token("elsewhere", Fixtures.branch(1, 0).branchId(), "ORG_ADMIN")).queryParam("activityId", activity)
                .get("/v1/leave-requests").then().statusCode(404);
        as(secretary).get("/v1/leave-requests").then().statusCode(400).body("errors[0].field", equalTo("activityId"));

        as(secretary).get("/v1/activities/" + activity + "/leave-requests").then().statusCode(200)
                .body("size()", equalTo(3))
                .header("Deprecation", matchesPattern("@\\d+"))
                .header("Sunset", equalTo("Tue, 29 Jun 2027 16:00:00 GMT"))
                .header("Link", equalTo("</v1/leave-requests>; rel=\"successor-version\""));
        as(secretary).get("/v1/activities/" + activity).then().statusCode(200).header("Deprecation", nullValue());
    }
}
