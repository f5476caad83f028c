package cn.partybuilding.activity.rest;

import static cn.partybuilding.activity.Fixtures.as;
import static cn.partybuilding.activity.Fixtures.asAdmin;
import static cn.partybuilding.activity.Fixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.activity.Fixtures;
import cn.partybuilding.activity.QrImages;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CheckInTest {

    private static String startingIn(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(minutes).toString();
    }

    private static String codeFor(String activityId) {
        return asAdmin().get("/v1/activities/" + activityId + "/check-in-code").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().path("code");
    }

    @Test
    void theQrImageCarriesTheCodeAndAMemberChecksInWithIt() throws Exception {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String activity = Fixtures.activity(branch.branchId(), "THEME_PARTY_DAY", startingIn(5), startingIn(125));
        byte[] png = asAdmin().accept("image/png").get("/v1/activities/" + activity + "/check-in-code").then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        String decoded = QrImages.text(png);

        String member = branch.memberIds().get(0);
        as(token(member, branch.branchId(), "MEMBER")).body(Map.of("code", decoded))
                .post("/v1/activities/" + activity + "/check-ins").then().statusCode(200)
                .body("status", equalTo("PRESENT")).body("memberId", equalTo(member));
        asAdmin().get("/v1/activities/" + activity + "/attendance").then()
                .body("attended", equalTo(1)).body("attendanceRate", equalTo(0.333f));
    }

    @Test
    void lateAfterTheGraceAndForgedOrForeignCodesAreRefused() {
        Fixtures.Branch branch = Fixtures.branch(2, 0);
        String started = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", startingIn(-30), startingIn(60));
        String other = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", startingIn(60), startingIn(120));
        String member = token(branch.memberIds().get(0), branch.branchId(), "MEMBER");
        String code = codeFor(started);

        as(member).body(Map.of("code", codeFor(other))).post("/v1/activities/" + started + "/check-ins").then()
                .statusCode(400).body("code", equalTo("INVALID_CHECK_IN_CODE"));
        String forged = code.substring(0, code.length() - 2) + (code.endsWith("AA") ? "BB" : "AA");
        as(member).body(Map.of("code", forged)).post("/v1/activities/" + started + "/check-ins").then()
                .statusCode(400).body("code", equalTo("INVALID_CHECK_IN_CODE"));
        as(member).body(Map.of("code", code)).post("/v1/activities/" + started + "/check-ins").then()
                .statusCode(200).body("status", equalTo("LATE"));
        String notExpected = Fixtures.member(branch.branchId(), "新转入党员", "FULL");
        as(token(notExpected, branch.branchId(), "MEMBER")).body(Map.of("code", code))
                .post("/v1/activities/" + started + "/check-ins").then().statusCode(409).body("code", equalTo("NOT_AN_ATTENDEE"));
    }

    @Test
    void twoHundredParallelCheckInsOfOneMemberLeaveExactlyOneCheckIn() throws Exception {
        Fixtures.Branch branch = Fixtures.branch(3, 0);
        String activity = Fixtures.activity(branch.branchId(), "THEME_PARTY_DAY", startingIn(5), startingIn(125));
        String code = codeFor(activity);
        String member = token(branch.memberIds().get(1), branch.branchId(), "MEMBER");

        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            results.add(pool.submit(() -> {
                gate.await();
                return as(member).body(Map.of("code", code)).post("/v1/activities/" + activity + "/check-ins")
                        .then().statusCode(200).extract().path("checkedInAt");
            }));
        }
        gate.countDown();
        List<String> times = new ArrayList<>();
        for (Future<String> result : results) {
            times.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(1, times.stream().distinct().count(), "every scan answers the one first check-in");
        asAdmin().get("/v1/activities/" + activity + "/attendance").then()
                .body("expected", equalTo(3))
                .body("attended", equalTo(1))
                .body("records.findAll { it.checkedInAt != null }.size()", equalTo(1));
    }

    @Test
    void noCheckInOnceTheActivityIsOver() {
        Fixtures.Branch branch = Fixtures.branch(1, 0);
        String activity = Fixtures.activity(branch.branchId(), "PARTY_LECTURE", startingIn(-60), startingIn(-10));
        String code = codeFor(activity);
        Fixtures.complete(activity);
        as(token(branch.memberIds().get(0), branch.branchId(), "MEMBER")).body(Map.of("code", code))
                .post("/v1/activities/" + activity + "/check-ins").then().statusCode(409).body("code", equalTo("CHECK_IN_CLOSED"));
        asAdmin().get("/v1/activities/" + activity + "/check-in-code").then().statusCode(409);
    }
}
