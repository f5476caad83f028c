package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.member;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** What the mobile front end relies on in every service: 304 revalidation, China time, parameter errors by name. */
@QuarkusTest
class HttpConventionsTest {

    @Test
    void aCurrentCopyIsNotModified() {
        String[] tree = Api.committeeWithBranch();
        String path = "/v1/organizations/" + tree[1];
        String etag = asAdmin().get(path).then().statusCode(200).extract().header("ETag");

        asAdmin().header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyOrNullString());
        asAdmin().header("If-None-Match", "W/" + etag).get(path).then().statusCode(304);
        asAdmin().header("If-None-Match", "\"77\", " + etag).get(path).then().statusCode(304);
        asAdmin().header("If-None-Match", "*").get(path).then().statusCode(304);
        asAdmin().header("If-None-Match", "\"77\"").get(path).then().statusCode(200).body("id", equalTo(tree[1]));
        // a write makes the copy stale
        asAdmin().header("If-Match", etag).body(java.util.Map.of("name", "市财政局机关第二党支部")).patch(path).then().statusCode(200);
        asAdmin().header("If-None-Match", etag).get(path).then().statusCode(200).header("ETag", not(equalTo(etag)));
        // a missing resource stays a problem
        problem(asAdmin().header("If-None-Match", "*").get("/v1/organizations/01ZZZZZZZZZZZZZZZZZZZZZZZZ").then(), 404, "NOT_FOUND");
    }

    @Test
    void timestampsAreInChinaTime() {
        String[] tree = Api.committeeWithBranch();
        asAdmin().get("/v1/organizations/" + tree[1]).then().statusCode(200)
                .body("createdAt", endsWith("+08:00"))
                .body("updatedAt", endsWith("+08:00"));
    }

    @Test
    void theMemberProfileNamesItsOrganization() {
        String[] tree = Api.committeeWithBranch();
        String id = member(tree[1], "赵红梅");
        String branchName = asAdmin().get("/v1/organizations/" + tree[1]).then().extract().path("name");
        asAdmin().get("/v1/members/" + id).then().statusCode(200)
                .body("organizationId", equalTo(tree[1])).body("organizationName", equalTo(branchName));
        as(token(id, tree[1], "MEMBER")).get("/v1/members/me").then().statusCode(200)
                .body("organizationName", equalTo(branchName));
        // lists stay as they were: the name is for the profile screen
        asAdmin().queryParam("ids", id).get("/v1/members").then().statusCode(200)
                .body("items[0].organizationName", nullValue());
    }

    @Test
    void aValueThatDoesNotConvertNamesItsParameter() {
        noJavaText(problem(asAdmin().queryParam("type", "CLUB").get("/v1/organizations").then(), 400, "INVALID_PARAMETER")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("PARTY_COMMITTEE"))
                .body("errors[0].message", containsString("BRANCH")));
        noJavaText(problem(asAdmin().queryParam("limit", "abc").get("/v1/organizations").then(), 400, "INVALID_PARAMETER")
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", equalTo("须为整数")));
        noJavaText(problem(asAdmin().header("Accept-Language", "en").queryParam("year", "twenty-five").get("/v1/designations").then(),
                400, "INVALID_PARAMETER")
                .body("detail", containsString("year"))
                .body("errors[0].field", equalTo("year"))
                .body("errors[0].message", equalTo("must be an integer")));
        noJavaText(problem(asAdmin().queryParam("from", "2026-13-01").get("/v1/audit-events").then(), 400, "INVALID_PARAMETER")
                .body("errors[0].field", equalTo("from")));
        noJavaText(problem(asAdmin().queryParam("action", "ERASE").get("/v1/audit-events").then(), 400, "INVALID_PARAMETER")
                .body("errors[0].field", equalTo("action"))
                .body("errors[0].message", containsString("CREATE")));
    }

    @Test
    void aDateIsAcceptedWhereADateTimeIs() {
        asAdmin().queryParam("from", "2026-01-01").queryParam("to", "2026-01-01").get("/v1/audit-events").then().statusCode(200);
        // to=<a day> includes that day: from and to on the same day is a one-day period, not an empty one
        problem(asAdmin().queryParam("from", "2026-01-02").queryParam("to", "2026-01-01").get("/v1/audit-events").then(),
                400, "INVALID_PERIOD");
    }

    private static void noJavaText(ValidatableResponse response) {
        String raw = response.extract().asString();
        for (String java : new String[]{"For input string", "No enum constant", "could not be parsed", "Exception", "cn.partybuilding"}) {
            assertFalse(raw.contains(java), () -> "Java text in " + raw);
        }
    }
}
