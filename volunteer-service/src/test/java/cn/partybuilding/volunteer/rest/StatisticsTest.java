package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static cn.partybuilding.volunteer.Fixtures.recordAndDecide;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsTest {

    @Test
    void onlyConfirmedHoursCountPerSubtreeCommunityMemberAndPeriod() {
        Fixtures.Branch branch = Fixtures.branch(2);
        String east = Fixtures.community();
        String west = Fixtures.community();
        Fixtures.reportMember(branch, 0, east);
        Fixtures.reportMember(branch, 1, west);
        recordAndDecide(branch.asMember(0), east, "2025-03-01", 3.5, "CONFIRMED");
        recordAndDecide(branch.asMember(0), east, "2025-03-02", 2, "CONFIRMED");
        recordAndDecide(branch.asMember(0), east, "2025-03-03", 9, "REJECTED");
        recordAndDecide(branch.asMember(0), east, "2025-03-04", 7, null);
        recordAndDecide(branch.asMember(1), west, "2025-04-01", 6, "CONFIRMED");
        recordAndDecide(branch.asMember(1), west, "2026-01-05", 1, "CONFIRMED");

        branch.asAdmin().queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/v1/volunteer-stats").then().statusCode(200)
                .body("hours", equalTo(11.5f)).body("personTimes", equalTo(3)).body("communities", equalTo(2));
        // a period of part-months: its whole months come from the monthly totals, the days around them from the records
        branch.asAdmin().queryParam("from", "2025-03-02").queryParam("to", "2025-04-30").get("/v1/volunteer-stats").then().statusCode(200)
                .body("hours", equalTo(8.0f)).body("personTimes", equalTo(2)).body("communities", equalTo(2));
        branch.asAdmin().queryParam("from", "2025-03-02").queryParam("to", "2025-03-31").get("/v1/volunteer-stats").then().statusCode(200)
                .body("hours", equalTo(2.0f)).body("personTimes", equalTo(1)).body("communities", equalTo(1));
        asAdmin().queryParam("organizationId", branch.branchId()).queryParam("from", "2025-01-01").queryParam("to", "2026-12-31")
                .get("/v1/volunteer-stats").then().statusCode(200).body("hours", equalTo(12.5f)).body("personTimes", equalTo(4));
        // staff see their community only, whatever they ask for
        asStaff(east).queryParam("from", "2025-01-01").get("/v1/volunteer-stats").then().statusCode(200)
                .body("hours", equalTo(5.5f)).body("communityId", equalTo(east));
        asStaff(east).queryParam("communityId", west).queryParam("from", "2025-01-01").get("/v1/volunteer-stats").then().statusCode(422);
        // another organization's subtree is not the caller's
        Fixtures.branch(0).asAdmin().queryParam("organizationId", branch.branchId()).get("/v1/volunteer-stats").then().statusCode(422);
        branch.asAdmin().queryParam("from", "2025-12-31").queryParam("to", "2025-01-01").get("/v1/volunteer-stats").then()
                .statusCode(400).body("code", equalTo("PERIOD_END_BEFORE_START"));

        branch.asAdmin().queryParam("by", "MEMBER").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/v1/volunteer-stats/rankings").then().statusCode(200)
                .body("items[0].name", equalTo("志愿者1")).body("items[0].hours", equalTo(6.0f)).body("items[0].rank", equalTo(1))
                .body("items[1].name", equalTo("志愿者0")).body("items[1].hours", equalTo(5.5f));
        // whole years are ranked from the yearly member totals, other periods from the records: the same figures
        branch.asAdmin().queryParam("by", "MEMBER").queryParam("from", "2025-01-01").queryParam("to", "2026-12-31")
                .get("/v1/volunteer-stats/rankings").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].name", equalTo("志愿者1")).body("items[0].hours", equalTo(7.0f))
                .body("items[0].personTimes", equalTo(2)).body("items[0].communities", equalTo(1))
                .body("items[1].name", equalTo("志愿者0")).body("items[1].hours", equalTo(5.5f)).body("items[1].personTimes", equalTo(2));
        branch.asAdmin().queryParam("by", "MEMBER").queryParam("from", "2025-03-02").queryParam("to", "2026-12-31")
                .get("/v1/volunteer-stats/rankings").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].hours", equalTo(7.0f)).body("items[1].name", equalTo("志愿者0"))
                .body("items[1].hours", equalTo(2.0f)).body("items[1].personTimes", equalTo(1));
        branch.asAdmin().queryParam("by", "ORGANIZATION").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/v1/volunteer-stats/rankings").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(branch.branchId())).body("items[0].name", equalTo("市民政局机关第一党支部"))
                .body("items[0].hours", equalTo(11.5f)).body("items[0].personTimes", equalTo(3)).body("items[0].communities", equalTo(2));
        branch.asAdmin().queryParam("by", "COMMUNITY").queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/v1/volunteer-stats/rankings").then().statusCode(200).body("items[0].id", equalTo(west))
                .body("items[0].name", startsWith("测试社区"));

        // a member's ranking holds only themselves, for whole years (yearly totals) as for other periods
        for (String from : List.of("2025-01-01", "2025-03-02")) {
            branch.asMember(0).queryParam("by", "MEMBER").queryParam("from", from).queryParam("to", "2025-12-31")
                    .get("/v1/volunteer-stats/rankings").then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].id", equalTo(branch.memberIds().get(0)));
        }
        branch.asMember(0).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").get("/v1/volunteer-stats/me").then()
                .statusCode(200).body("hours", equalTo(5.5f)).body("pendingHours", equalTo(7.0f)).body("personTimes", equalTo(2))
                .body("reportedCommunityId", equalTo(east));
        branch.asMember(0).queryParam("memberId", branch.memberIds().get(1)).get("/v1/volunteer-stats").then().statusCode(422);
        Fixtures.branch(0).asAdmin().queryParam("by", "COMMUNITY").get("/v1/volunteer-stats/rankings").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void parallelConfirmationsOfOneMonthAllCount() throws Exception {
        Fixtures.Branch branch = Fixtures.branch(12);
        String community = Fixtures.community();
        List<String> records = IntStream.range(0, 12).mapToObj(i -> {
            Fixtures.reportMember(branch, i, community);
            return recordAndDecide(branch.asMember(i), community, "2025-06-" + (10 + i), 1.5, null);
        }).toList();
        List<Callable<Integer>> confirmations = records.stream().<Callable<Integer>>map(id -> () -> asStaff(community)
                .body(Map.of("status", "CONFIRMED")).put("/v1/volunteer-records/" + id + "/confirmation").statusCode()).toList();
        assertEquals(List.of(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200), Fixtures.inParallel(confirmations));
        asStaff(community).queryParam("from", "2025-06-01").queryParam("to", "2025-06-30").get("/v1/volunteer-stats").then()
                .statusCode(200).body("hours", equalTo(18.0f)).body("personTimes", equalTo(12));
        branch.asAdmin().queryParam("by", "MEMBER").queryParam("limit", 20).queryParam("from", "2025-01-01").queryParam("to", "2025-12-31")
                .get("/v1/volunteer-stats/rankings").then().statusCode(200).body("items", hasSize(12))
                .body("items.hours", everyItem(equalTo(1.5f))).body("items.personTimes", everyItem(equalTo(1)));
    }
}
