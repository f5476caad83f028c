package cn.partybuilding.branch.rest;

import cn.partybuilding.common.time.ChinaTime;
import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.partybuilding.branch.Api;
import cn.partybuilding.branch.domain.ResidentIdNumber;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberApiTest {

    /** Probation ends on China's calendar, whatever zone the service runs in. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.currentTimeMillis() % 900));

    /** A well-formed, invented ID number unique to this run, born on {@code birth}, female when {@code female}. */
    static String idNumber(LocalDate birth, boolean female) {
        int sequence = (SERIAL.incrementAndGet() % 499) * 2 + (female ? 0 : 1);
        String first17 = "370202" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static Map<String, Object> newMember(String organizationId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("name", name);
        body.put("gender", "FEMALE");
        body.put("status", "PROBATIONARY");
        body.put("joinedOn", "2025-06-28");
        body.put("ethnicity", "汉族");
        body.put("education", "MASTER");
        return body;
    }

    @Test
    void registersAProbationaryMemberWithEncryptedPersonalData() {
        String[] orgs = Api.committeeWithBranch();
        LocalDate birth = LocalDate.of(1990, 3, 7);
        String idCard = idNumber(birth, true);
        Map<String, Object> body = newMember(orgs[1], "李晓梅");
        body.put("phone", "+86 138-1234-5678");
        body.put("idCardNumber", idCard);
        body.put("posts", List.of("PUBLICITY_COMMITTEE_MEMBER"));

        String id = asAdmin().body(body).post("/v1/members").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo("李晓梅"))
                .body("probationEnd", equalTo("2026-06-28"))
                .body("birthDate", equalTo("1990-03-07")) // taken from the ID number
                .body("phone", equalTo("13812345678"))
                .body("idCardNumber", equalTo(idCard))
                .body("personalDataMasked", equalTo(false))
                .body("posts", contains("PUBLICITY_COMMITTEE_MEMBER"))
                .extract().path("id");

        String secretary = token("secretary-1", orgs[1], "SECRETARY");
        as(secretary).get("/v1/members/" + id).then().statusCode(200)
                .body("phone", equalTo("138****5678"))
                .body("idCardNumber", equalTo(idCard.substring(0, 6) + "********" + idCard.substring(14)))
                .body("personalDataMasked", equalTo(true));
        as(token("org-admin", orgs[0], "ORG_ADMIN")).get("/v1/members/" + id).then()
                .body("phone", equalTo("13812345678"));
        as(token(id, orgs[1], "MEMBER")).get("/v1/members/me").then().statusCode(200)
                .body("id", equalTo(id))
                .body("idCardNumber", equalTo(idCard));
        String otherMember = Api.member(orgs[1], "李强");
        as(token(otherMember, orgs[1], "MEMBER")).get("/v1/members/" + id).then()
                .body("phone", equalTo("138****5678"));
    }

    /** A read by id is plain SQL, not the entity mapping a write answers from: both must show the same member. */
    @Test
    void aMemberReadShowsWhatTheWriteAnswered() {
        String[] orgs = Api.committeeWithBranch();
        Map<String, Object> body = newMember(orgs[1], "王建国");
        body.put("gender", "MALE");
        body.put("birthDate", "1979-11-02");
        body.put("status", "FULL");
        body.put("posts", List.of("SECRETARY", "ORGANIZATION_COMMITTEE_MEMBER"));
        body.put("phone", "13912345678");
        Map<String, Object> written = asAdmin().body(body).post("/v1/members").then().statusCode(201).extract().jsonPath().getMap("");

        Map<String, Object> read = as(token("org-admin-read", orgs[0], "ORG_ADMIN")).get("/v1/members/" + written.get("id"))
                .then().statusCode(200).header("ETag", "\"0\"").extract().jsonPath().getMap("");

        String organizationName = asAdmin().get("/v1/organizations/" + orgs[1]).then().extract().path("name");
        assertThat(read.get("organizationName"), equalTo(organizationName));
        assertThat((List<?>) read.get("posts"), containsInAnyOrder("SECRETARY", "ORGANIZATION_COMMITTEE_MEMBER"));
        read.remove("organizationName");
        read.remove("posts");
        written.remove("posts");
        assertThat(read, equalTo(written));
    }

    /**
     * An identity provider names its users by its own ids in {@code sub} (Keycloak); the member is
     * then named by the {@code memberId} claim, which a MEMBER or SECRETARY token is read by first.
     */
    @Test
    void aMemberIsNamedByTheMemberIdClaimBeforeSub() {
        String[] orgs = Api.committeeWithBranch();
        String id = Api.member(orgs[1], "赵敏");
        String otherMember = Api.member(orgs[1], "钱伟");
        String keycloakUser = "5b0c6d2e-6c1f-4e0a-9d7e-2f1f8c3a9b10";
        as(Jwt.issuer("party-local-dev").subject(keycloakUser).groups(Set.of("MEMBER")).claim("memberId", id)
                .claim("orgId", orgs[1]).sign())
                .get("/v1/members/me").then().statusCode(200).body("id", equalTo(id));
        as(Jwt.issuer("party-local-dev").subject(keycloakUser).groups(Set.of("SECRETARY")).claim("memberId", otherMember)
                .claim("orgId", orgs[1]).sign())
                .get("/v1/members/me").then().statusCode(200).body("id", equalTo(otherMember));
        problem(as(token(keycloakUser, orgs[1], "MEMBER")).get("/v1/members/me").then(), 404, "NOT_FOUND");
    }

    @Test
    void validatesPhoneAndIdNumbersAndTheirConsistency() {
        String[] orgs = Api.committeeWithBranch();
        Map<String, Object> badPhone = newMember(orgs[1], "王芳");
        badPhone.put("phone", "12812345678");
        problem(asAdmin().body(badPhone).post("/v1/members").then(), 400, "INVALID_PHONE")
                .body("errors[0].field", equalTo("phone"));

        String valid = idNumber(LocalDate.of(1985, 1, 2), true);
        char wrongCheck = valid.charAt(17) == '0' ? '1' : '0';
        Map<String, Object> badChecksum = newMember(orgs[1], "王芳");
        badChecksum.put("idCardNumber", valid.substring(0, 17) + wrongCheck);
        problem(asAdmin().body(badChecksum).post("/v1/members").then(), 400, "INVALID_ID_CARD")
                .body("errors[0].field", equalTo("idCardNumber"));

        Map<String, Object> wrongGender = newMember(orgs[1], "王芳");
        wrongGender.put("idCardNumber", idNumber(LocalDate.of(1985, 1, 2), false));
        problem(asAdmin().body(wrongGender).post("/v1/members").then(), 400, "ID_CARD_MISMATCH")
                .body("errors[0].field", equalTo("gender"));

        Map<String, Object> wrongBirth = newMember(orgs[1], "王芳");
        wrongBirth.put("idCardNumber", valid);
        wrongBirth.put("birthDate", "1985-01-03");
        problem(asAdmin().body(wrongBirth).post("/v1/members").then(), 400, "ID_CARD_MISMATCH")
                .body("errors[0].field", equalTo("birthDate"));

        Map<String, Object> tooYoung = newMember(orgs[1], "王小芳");
        tooYoung.put("birthDate", "2010-01-01");
        problem(asAdmin().body(tooYoung).post("/v1/members").then(), 422, "TOO_YOUNG");

        Map<String, Object> first = newMember(orgs[1], "王芳");
        first.put("idCardNumber", valid);
        asAdmin().body(first).post("/v1/members").then().statusCode(201);
        problem(asAdmin().body(first).post("/v1/members").then(), 409, "MEMBER_ID_CARD_TAKEN");

        problem(asAdmin().body(newMember(orgs[0], "张伟")).post("/v1/members").then(), 422, "ORGANIZATION_HOLDS_NO_MEMBERS");
        asAdmin().queryParam("organizationId", orgs[1]).get("/v1/members").then().body("items", hasSize(1));
    }

    @Test
    void extendsProbationOnceAndGrantsFullMembershipOnlyAfterIt() {
        String[] orgs = Api.committeeWithBranch();
        Map<String, Object> fresh = newMember(orgs[1], "新党员");
        fresh.put("joinedOn", ChinaTime.today().minusMonths(2).toString());
        String freshId = asAdmin().body(fresh).post("/v1/members").then().statusCode(201).extract().path("id");
        problem(asAdmin().post("/v1/members/" + freshId + "/full-membership").then(), 409, "PROBATION_NOT_OVER");

        // joined 2020-07-01: probation ended 2021-07-01; extended by six months it ends 2022-01-01
        String earlier = Api.member(orgs[1], "陈思远", "PROBATIONARY");
        problem(asAdmin().body(Map.of("months", 5)).post("/v1/members/" + earlier + "/probation-extension").then(),
                400, "VALIDATION_FAILED").body("errors[0].field", equalTo("months"));
        asAdmin().body(Map.of("months", 6)).post("/v1/members/" + earlier + "/probation-extension").then()
                .statusCode(200).body("probationEnd", equalTo("2022-01-01")).body("probationExtended", equalTo(true));
        problem(asAdmin().body(Map.of("months", 6)).post("/v1/members/" + earlier + "/probation-extension").then(),
                409, "PROBATION_ALREADY_EXTENDED");
        asAdmin().post("/v1/members/" + earlier + "/full-membership").then().statusCode(200).body("status", equalTo("FULL"));
        problem(asAdmin().post("/v1/members/" + earlier + "/full-membership").then(), 409, "NOT_PROBATIONARY");
        problem(asAdmin().body(Map.of("months", 6)).post("/v1/members/" + earlier + "/probation-extension").then(),
                409, "NOT_PROBATIONARY");
    }

    @Test
    void updatesPostsAndFiltersBySubtreeStatusPostAndName() {
        String[] orgs = Api.committeeWithBranch();
        String otherBranch = organization(orgs[0], "BRANCH", "市财政局机关第二党支部");
        String secretary = Api.member(orgs[1], "张建国");
        String probationary = Api.member(orgs[1], "刘洋", "PROBATIONARY");
        String elsewhere = Api.member(otherBranch, "张敏");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("posts", List.of("SECRETARY"), "ethnicity", "回族"))
                .patch("/v1/members/" + secretary).then().statusCode(200)
                .body("posts", contains("SECRETARY")).body("ethnicity", equalTo("回族")).header("ETag", "\"1\"");
        asAdmin().get("/v1/organizations/" + orgs[1]).then().body("leaders[0].post", equalTo("SECRETARY"))
                .body("leaders[0].name", equalTo("张建国"));

        asAdmin().queryParam("organizationId", orgs[0]).get("/v1/members").then()
                .body("items.id", contains(secretary, probationary, elsewhere));
        asAdmin().queryParam("organizationId", orgs[0]).queryParam("status", "PROBATIONARY").get("/v1/members").then()
                .body("items.id", contains(probationary));
        asAdmin().queryParam("organizationId", orgs[0]).queryParam("post", "SECRETARY").get("/v1/members").then()
                .body("items.id", contains(secretary));
        asAdmin().queryParam("organizationId", orgs[0]).queryParam("q", "张").get("/v1/members").then()
                .body("items.id", containsInAnyOrder(secretary, elsewhere));
        asAdmin().get("/v1/organizations/" + otherBranch + "/members").then().body("items.id", contains(elsewhere));
        asAdmin().queryParam("ids", secretary + "," + elsewhere).get("/v1/members").then()
                .body("items.organizationId", contains(orgs[1], otherBranch));

        String outsider = token("outsider", otherBranch, "ORG_ADMIN");
        problem(as(outsider).get("/v1/members/" + secretary).then(), 404, "NOT_FOUND");
        as(outsider).queryParam("ids", secretary).get("/v1/members").then().body("items", empty());
        problem(as(outsider).get("/v1/organizations/" + orgs[1] + "/members").then(), 404, "NOT_FOUND");
    }

    @Test
    void transfersKeepAHistoryAndEndThePostsOfTheOldOrganization() {
        String[] orgs = Api.committeeWithBranch();
        String target = organization(orgs[0], "BRANCH", "市财政局机关第三党支部");
        String member = Api.member(orgs[1], "周立新");
        asAdmin().body(Map.of("posts", List.of("SECRETARY"))).patch("/v1/members/" + member).then().statusCode(200);

        asAdmin().body(Map.of("toOrganizationId", target, "reason", "工作调动", "effectiveOn", "2026-11-01"))
                .post("/v1/members/" + member + "/transfers").then().statusCode(201)
                .body("fromOrganizationId", equalTo(orgs[1]))
                .body("toOrganizationId", equalTo(target))
                .body("recordedBy", equalTo("admin"));
        asAdmin().get("/v1/members/" + member).then().body("organizationId", equalTo(target)).body("posts", empty());
        problem(asAdmin().body(Map.of("toOrganizationId", target)).post("/v1/members/" + member + "/transfers").then(),
                409, "TRANSFER_TO_SAME_ORGANIZATION");
        problem(asAdmin().body(Map.of("toOrganizationId", orgs[0])).post("/v1/members/" + member + "/transfers").then(),
                422, "ORGANIZATION_HOLDS_NO_MEMBERS");
        asAdmin().get("/v1/members/" + member + "/transfers").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].reason", equalTo("工作调动")).body("nextCursor", nullValue());
    }

    @Test
    void aTransferIsAResourceOfItsOwnWithinTheMembersScope() {
        String[] orgs = Api.committeeWithBranch();
        String second = organization(orgs[0], "BRANCH", "市财政局机关第四党支部");
        String member = Api.member(orgs[1], "吴海燕");

        Response created = asAdmin().body(Map.of("toOrganizationId", second, "reason", "工作调动"))
                .post("/v1/members/" + member + "/transfers");
        created.then().statusCode(201).header("ETag", "\"0\"");
        String first = created.path("id");
        String location = created.header("Location");
        assertThat(location, endsWith("/v1/members/" + member + "/transfers/" + first));
        asAdmin().get(location).then().statusCode(200)
                .header("ETag", created.header("ETag"))
                .body("id", equalTo(first))
                .body("memberId", equalTo(member))
                .body("fromOrganizationId", equalTo(orgs[1]))
                .body("toOrganizationId", equalTo(second))
                .body("reason", equalTo("工作调动"));

        String back = asAdmin().body(Map.of("toOrganizationId", orgs[1])).post("/v1/members/" + member + "/transfers")
                .then().statusCode(201).extract().path("id");
        // the documented order of the history: oldest first, each transfer starting where the previous one ended
        asAdmin().get("/v1/members/" + member + "/transfers").then().statusCode(200)
                .body("items.id", contains(first, back))
                .body("items.fromOrganizationId", contains(orgs[1], second));
        asAdmin().queryParam("limit", 1).get("/v1/members/" + member + "/transfers").then()
                .body("items.id", contains(first)).body("nextCursor", notNullValue());

        String otherTree = Api.committeeWithBranch()[1];
        String outsider = token("outsider", otherTree, "ORG_ADMIN");
        problem(as(outsider).get("/v1/members/" + member + "/transfers/" + first).then(), 404, "NOT_FOUND");
        problem(as(outsider).get("/v1/members/" + member + "/transfers").then(), 404, "NOT_FOUND");

        String someoneElse = Api.member(orgs[1], "郑国强");
        String foreign = asAdmin().body(Map.of("toOrganizationId", second)).post("/v1/members/" + someoneElse + "/transfers")
                .then().statusCode(201).extract().path("id");
        problem(asAdmin().get("/v1/members/" + member + "/transfers/" + foreign).then(), 404, "NOT_FOUND");
        asAdmin().get("/v1/members/" + someoneElse + "/transfers/" + foreign).then().statusCode(200);

        problem(asAdmin().get("/v1/members/" + member + "/transfers/not-a-transfer-id").then(), 404, "NOT_FOUND");
        problem(asAdmin().get("/v1/members/" + member + "/transfers/01ZZZZZZZZZZZZZZZZZZZZZZZZ").then(), 404, "NOT_FOUND");
    }

    /** 《党章》第七条: probation is one year; a member admitted less than a year ago cannot be full yet. */
    @Test
    void aMemberAdmittedLessThanAYearAgoIsRegisteredAsProbationary() {
        String[] orgs = Api.committeeWithBranch();
        LocalDate today = LocalDate.now(CHINA);
        Map<String, Object> recent = newMember(orgs[1], "赵新");
        recent.put("status", "FULL");
        recent.put("joinedOn", today.minusMonths(3).toString());
        problem(asAdmin().body(recent).post("/v1/members").then(), 422, "ADMITTED_LESS_THAN_A_YEAR_AGO")
                .body("errors[0].field", equalTo("status"));

        recent.put("status", "PROBATIONARY");
        asAdmin().body(recent).post("/v1/members").then().statusCode(201)
                .body("probationEnd", equalTo(today.minusMonths(3).plusYears(1).toString()));
        Map<String, Object> aYearAgo = newMember(orgs[1], "钱满");
        aYearAgo.put("status", "FULL");
        aYearAgo.put("joinedOn", today.minusYears(1).toString()); // probation ended today
        asAdmin().body(aYearAgo).post("/v1/members").then().statusCode(201).body("status", equalTo("FULL"));
    }

    /** 《发展党员工作细则》: "预备党员预备期满，党支部应当及时讨论…可以延长一次预备期": the extension is decided when probation is over. */
    @Test
    void probationIsExtendedOnlyOnceItIsOver() {
        String[] orgs = Api.committeeWithBranch();
        Map<String, Object> fresh = newMember(orgs[1], "孙立");
        fresh.put("joinedOn", LocalDate.now(CHINA).minusMonths(11).toString());
        String id = asAdmin().body(fresh).post("/v1/members").then().statusCode(201).extract().path("id");
        problem(asAdmin().body(Map.of("months", 6)).post("/v1/members/" + id + "/probation-extension").then(),
                409, "PROBATION_NOT_OVER");
        asAdmin().get("/v1/members/" + id).then().body("probationExtended", equalTo(false)).header("ETag", "\"0\"");
    }

    /** Full membership from the day probation ends on China's calendar, also before 08:00 China time (the UTC day before). */
    @Test
    void fullMembershipIsGrantedFromTheDayProbationEndsInChina() {
        String[] orgs = Api.committeeWithBranch();
        LocalDate today = LocalDate.now(CHINA);
        Map<String, Object> endsToday = newMember(orgs[1], "李满");
        endsToday.put("joinedOn", today.minusYears(1).toString());
        String id = asAdmin().body(endsToday).post("/v1/members").then().statusCode(201)
                .body("probationEnd", equalTo(today.toString())).extract().path("id");
        Map<String, Object> endsTomorrow = newMember(orgs[1], "李未满");
        endsTomorrow.put("joinedOn", today.minusYears(1).plusDays(1).toString());
        String notYet = asAdmin().body(endsTomorrow).post("/v1/members").then().statusCode(201).extract().path("id");

        asAdmin().post("/v1/members/" + id + "/full-membership").then().statusCode(200).body("status", equalTo("FULL"))
                .body("probationEnd", equalTo(today.toString()));
        problem(asAdmin().post("/v1/members/" + notYet + "/full-membership").then(), 409, "PROBATION_NOT_OVER")
                .body("detail", containsString(today.plusDays(1).toString()));
    }

    /** An ongoing probation, extended or not, moves with the member; the receiving branch decides on it. */
    @Test
    void anOngoingProbationMovesWithTheMemberToABranchOrPartyGroup() {
        String[] orgs = Api.committeeWithBranch();
        String target = organization(orgs[0], "BRANCH", "市财政局机关第五党支部");
        String group = organization(target, "PARTY_GROUP", "第五党支部第一党小组");
        Map<String, Object> fresh = newMember(orgs[1], "郑小燕");
        fresh.put("joinedOn", LocalDate.now(CHINA).minusMonths(2).toString());
        Response created = asAdmin().body(fresh).post("/v1/members");
        String freshId = created.then().statusCode(201).extract().path("id");
        String freshEnd = created.path("probationEnd");

        asAdmin().body(Map.of("toOrganizationId", group, "reason", "处室调整")).post("/v1/members/" + freshId + "/transfers")
                .then().statusCode(201);
        asAdmin().get("/v1/members/" + freshId).then().statusCode(200)
                .body("organizationId", equalTo(group))
                .body("status", equalTo("PROBATIONARY"))
                .body("probationEnd", equalTo(freshEnd))
                .body("probationExtended", equalTo(false));
        problem(asAdmin().post("/v1/members/" + freshId + "/full-membership").then(), 409, "PROBATION_NOT_OVER");

        // joined 2020-07-01 and extended by six months: the extension moves too, and is not given twice
        String extended = Api.member(orgs[1], "冯建军", "PROBATIONARY");
        asAdmin().body(Map.of("months", 6)).post("/v1/members/" + extended + "/probation-extension").then().statusCode(200);
        asAdmin().body(Map.of("toOrganizationId", target)).post("/v1/members/" + extended + "/transfers").then().statusCode(201);
        asAdmin().get("/v1/members/" + extended).then()
                .body("organizationId", equalTo(target))
                .body("status", equalTo("PROBATIONARY"))
                .body("probationEnd", equalTo("2022-01-01"))
                .body("probationExtended", equalTo(true));
        problem(asAdmin().body(Map.of("months", 6)).post("/v1/members/" + extended + "/probation-extension").then(),
                409, "PROBATION_ALREADY_EXTENDED");
        asAdmin().get("/v1/organizations/" + target + "/structure-check").then()
                .body("findings[0].fullMembers", equalTo(0)).body("findings[0].totalMembers", equalTo(2));

        // the receiving branch grants full membership, and counts a full member
        asAdmin().post("/v1/members/" + extended + "/full-membership").then().statusCode(200).body("status", equalTo("FULL"));
        asAdmin().get("/v1/organizations/" + target + "/structure-check").then()
                .body("findings[0].fullMembers", equalTo(1)).body("findings[0].totalMembers", equalTo(2));
        asAdmin().get("/v1/members/" + extended + "/transfers").then()
                .body("items.fromOrganizationId", contains(orgs[1])).body("items.toOrganizationId", contains(target));
    }
}
