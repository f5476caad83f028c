package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.asStaff;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WishTest {

    private static String wish(String community) {
        return asStaff(community).body(Map.of("title", "独居老人希望有人每周陪同去医院取药", "category", "ELDERLY_CARE",
                        "description", "老人腿脚不便，每周三上午需要取药。", "resident", Map.of("name", "王桂兰", "phone", "13812345678")))
                .post("/v1/wishes").then().statusCode(201).body("status", equalTo("OPEN"))
                .body("resident.name", equalTo("王桂兰")).extract().path("id");
    }

    @Test
    void fiftyParallelClaimsHaveExactlyOneWinner() throws Exception {
        String wish = wish(Fixtures.community());
        Fixtures.Branch branch = Fixtures.branch(50);
        List<Callable<Integer>> claims = IntStream.range(0, 50).<Callable<Integer>>mapToObj(i -> () ->
                branch.asMember(i).post("/v1/wishes/" + wish + "/claim").statusCode()).toList();

        List<Integer> statuses = Fixtures.inParallel(claims);

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        String winner = branch.memberIds().get(statuses.indexOf(200));
        Fixtures.asAdmin().get("/v1/wishes/" + wish).then().statusCode(200)
                .body("status", equalTo("CLAIMED")).body("claimerMemberId", equalTo(winner)).body("claimerKind", equalTo("MEMBER"));
    }

    @Test
    void aWishGoesFromClaimToFulfilmentToConfirmationAndOnlyTheClaimerSeesTheResident() {
        String community = Fixtures.community();
        String wish = wish(community);
        Fixtures.Branch branch = Fixtures.branch(2);
        branch.asMember(1).get("/v1/wishes/" + wish).then().statusCode(200).body("resident", nullValue())
                .body("title", equalTo("独居老人希望有人每周陪同去医院取药"));
        branch.asMember(0).post("/v1/wishes/" + wish + "/claim").then().statusCode(200).body("resident.phone", equalTo("13812345678"));
        branch.asMember(1).post("/v1/wishes/" + wish + "/claim").then().statusCode(409).body("code", equalTo("WISH_ALREADY_CLAIMED"));
        branch.asMember(1).body(Map.of("note", "不是我领的")).post("/v1/wishes/" + wish + "/fulfilment").then().statusCode(403)
                .body("code", equalTo("NOT_THE_CLAIMER"));
        asStaff(community).post("/v1/wishes/" + wish + "/withdrawal").then().statusCode(409).body("code", equalTo("INVALID_WISH_TRANSITION"));
        asStaff(community).post("/v1/wishes/" + wish + "/confirmation").then().statusCode(409);

        branch.asMember(0).body(Map.of("note", "已连续四周陪同老人取药")).post("/v1/wishes/" + wish + "/fulfilment").then()
                .statusCode(200).body("status", equalTo("FULFILLED")).body("fulfilmentNote", equalTo("已连续四周陪同老人取药"));
        Fixtures.asStaff(Fixtures.community()).post("/v1/wishes/" + wish + "/confirmation").then().statusCode(403);
        asStaff(community).post("/v1/wishes/" + wish + "/confirmation").then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("confirmedAt", not(nullValue()));
        branch.asMember(0).queryParam("mine", true).get("/v1/wishes").then().statusCode(200).body("items[0].id", equalTo(wish));
    }

    @Test
    void anOrganizationClaimsForItsMembersAndAnUnclaimedWishCanBeWithdrawn() {
        String community = Fixtures.community();
        Fixtures.Branch branch = Fixtures.branch(1);
        String wish = wish(community);
        branch.asAdmin().body(Map.of("organizationId", branch.branchId())).post("/v1/wishes/" + wish + "/claim").then().statusCode(200)
                .body("claimerKind", equalTo("ORGANIZATION")).body("claimerName", equalTo("市民政局机关第一党支部"));
        // a member of the claiming branch may record hours for the wish without reporting to the community
        branch.asMember(0).body(Map.of("communityId", community, "wishId", wish, "startAt", "2026-11-18T09:00:00+08:00",
                "endAt", "2026-11-18T10:00:00+08:00", "hours", 1, "description", "陪同取药")).post("/v1/volunteer-records").then()
                .statusCode(201).body("wishId", equalTo(wish));

        String unclaimed = wish(community);
        asStaff(community).post("/v1/wishes/" + unclaimed + "/withdrawal").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        branch.asMember(0).post("/v1/wishes/" + unclaimed + "/claim").then().statusCode(409).body("code", equalTo("INVALID_WISH_TRANSITION"));
    }

    @Test
    void publicFieldsRefusePersonalNumbersAndTheResidentIsNotStoredInClear() {
        String community = Fixtures.community();
        asStaff(community).body(Map.of("title", "请联系 13812345678 帮忙修水管", "category", "OTHER")).post("/v1/wishes").then()
                .statusCode(400).body("code", equalTo("PERSONAL_DATA_IN_PUBLIC_FIELD")).body("errors[0].field", equalTo("title"));
        asStaff(community).header("Accept-Language", "en").body(Map.of("title", "修水管", "category", "OTHER",
                "description", "身份证 370202195001011234 的老人")).post("/v1/wishes").then()
                .statusCode(400).body("detail", containsString("no phone or ID numbers"));
        Fixtures.branch(1).asMember(0).body(Map.of("title", "x", "category", "OTHER")).post("/v1/wishes").then().statusCode(403);
    }

    @Test
    void whitespaceDashesAndFullWidthDigitsDoNotSmugglePersonalNumbersIntoPublicText() {
        String community = Fixtures.community();
        for (String title : List.of("联系138 1234 5678", "１３８１２３４５６７８", "138-1234-5678")) {
            asStaff(community).body(Map.of("title", title, "category", "OTHER")).post("/v1/wishes").then()
                    .statusCode(400).body("code", equalTo("PERSONAL_DATA_IN_PUBLIC_FIELD")).body("errors[0].field", equalTo("title"));
        }
        asStaff(community).body(Map.of("title", "修水管", "category", "OTHER", "description", "身份证 374447 198001016516"))
                .post("/v1/wishes").then().statusCode(400).body("errors[0].field", equalTo("description"));
        asStaff(community).body(Map.of("title", "2025年5月1日前送3袋米", "category", "OTHER", "description", "邮编266000"))
                .post("/v1/wishes").then().statusCode(201);
    }

    @Test
    void onlyTheCommunityTheClaimerAndTheClaimersSubtreeSeeWhoClaimedAMembersClaim() {
        String community = Fixtures.community();
        String wish = wish(community);
        Fixtures.Branch branch = Fixtures.branch(2);
        String claimer = branch.memberIds().get(0);
        branch.asMember(0).post("/v1/wishes/" + wish + "/claim").then().statusCode(200).body("claimerMemberId", equalTo(claimer));

        for (var insider : List.of(branch.asMember(0), branch.asAdmin(), asStaff(community), Fixtures.asAdmin())) {
            insider.get("/v1/wishes/" + wish).then().statusCode(200).body("status", equalTo("CLAIMED"))
                    .body("claimerMemberId", equalTo(claimer)).body("claimerName", equalTo("志愿者0"))
                    .body("claimerOrganizationId", equalTo(branch.branchId()));
        }
        for (var outsider : List.of(branch.asMember(1), Fixtures.branch(1).asMember(0), Fixtures.branch(1).asAdmin(),
                asStaff(Fixtures.community()))) {
            assertClaimerHidden(outsider, wish);
        }
        Fixtures.branch(1).asMember(0).queryParam("communityId", community).get("/v1/wishes").then().statusCode(200)
                .body("items[0].status", equalTo("CLAIMED")).body("items[0].claimerMemberId", nullValue())
                .body("items[0].claimerName", nullValue());
    }

    @Test
    void membersWithinAClaimingOrganizationSeeItsClaimAndOtherTreesDoNot() {
        String community = Fixtures.community();
        String wish = wish(community);
        Fixtures.Branch branch = Fixtures.branch(1);
        branch.asAdmin().body(Map.of("organizationId", branch.committeeId())).post("/v1/wishes/" + wish + "/claim").then()
                .statusCode(200).body("claimerOrganizationId", equalTo(branch.committeeId()));

        for (var insider : List.of(branch.asMember(0), branch.asAdmin(), asStaff(community), Fixtures.asAdmin())) {
            insider.get("/v1/wishes/" + wish).then().statusCode(200)
                    .body("claimerName", equalTo("市民政局机关党委")).body("claimerOrganizationId", equalTo(branch.committeeId()));
        }
        assertClaimerHidden(Fixtures.branch(1).asMember(0), wish);
        assertClaimerHidden(Fixtures.branch(1).asAdmin(), wish);
    }

    private static void assertClaimerHidden(RequestSpecification caller, String wish) {
        caller.get("/v1/wishes/" + wish).then().statusCode(200).body("status", equalTo("CLAIMED"))
                .body("claimerMemberId", nullValue()).body("claimerName", nullValue()).body("claimerOrganizationId", nullValue())
                .body("resident", nullValue());
    }
}
