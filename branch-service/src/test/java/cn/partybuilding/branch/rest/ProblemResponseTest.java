package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.token;
import static cn.partybuilding.branch.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The error conventions every endpoint shares: RFC 9457 problems with stable codes, and no partial writes. */
@QuarkusTest
class ProblemResponseTest {

    /** A problem response: the shape of {@link Api#problem}, and nothing of the server's insides. */
    private static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        Api.problem(response, status, code).body("detail", notNullValue());
        String raw = response.extract().asString();
        assertFalse(raw.contains("at cn."), () -> "stack trace in " + raw);
        assertFalse(raw.contains("Exception"), () -> "exception name in " + raw);
        return response;
    }

    /** A valid organization body whose name carries the fragment, for the partial-write checks. */
    private static Map<String, Object> organizationNamed(String fragment) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", unique("PRB"));
        body.put("name", "市财政局" + fragment + "党委");
        body.put("type", "PARTY_COMMITTEE");
        return body;
    }

    private static String json(Map<String, Object> body, String extra) {
        return "{\"code\":\"" + body.get("code") + "\",\"name\":\"" + body.get("name") + "\",\"type\":\"PARTY_COMMITTEE\""
                + extra + "}";
    }

    private static void noOrganizationNamed(String fragment) {
        asAdmin().queryParam("q", fragment).queryParam("limit", 200).get("/v1/organizations").then()
                .statusCode(200).body("items", empty());
    }

    @Test
    void theNameFilterFindsWhatWasWritten() {
        String fragment = unique("写入");
        noOrganizationNamed(fragment);
        asAdmin().body(organizationNamed(fragment)).post("/v1/organizations").then().statusCode(201);
        asAdmin().queryParam("q", fragment).get("/v1/organizations").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].name", containsString(fragment));
    }

    @Test
    void malformedJsonIs400AndWritesNothing() {
        problem(asAdmin().body("{\"name\":").post("/v1/organizations").then(), 400, "MALFORMED_JSON");

        String fragment = unique("残缺");
        String truncated = json(organizationNamed(fragment), "");
        truncated = truncated.substring(0, truncated.length() - 1) + ",";
        problem(asAdmin().body(truncated).post("/v1/organizations").then(), 400, "MALFORMED_JSON")
                .body("detail", containsString("第 1 行"));
        problem(asAdmin().body("{\"code\":'single-quoted'}").post("/v1/organizations").then(), 400, "MALFORMED_JSON");
        noOrganizationNamed(fragment);
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        String fragment = unique("类型");
        Map<String, Object> body = organizationNamed(fragment);
        problem(asAdmin().body(json(body, ",\"temporary\":\"yes-please\"")).post("/v1/organizations").then(),
                400, "INVALID_FIELD_VALUE")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("temporary"));

        Map<String, Object> numericType = organizationNamed(fragment);
        numericType.put("type", 5);
        problem(asAdmin().body(numericType).post("/v1/organizations").then(), 400, "INVALID_FIELD_VALUE")
                .body("errors[0].field", equalTo("type"));

        Map<String, Object> unknownType = organizationNamed(fragment);
        unknownType.put("type", "CLUB");
        problem(asAdmin().body(unknownType).post("/v1/organizations").then(), 400, "INVALID_FIELD_VALUE")
                .body("errors[0].field", equalTo("type"))
                .body("detail", containsString("type"));

        Map<String, Object> badDate = organizationNamed(fragment);
        badDate.put("establishedOn", "2019-13-45");
        problem(asAdmin().body(badDate).post("/v1/organizations").then(), 400, "INVALID_FIELD_VALUE")
                .body("errors[0].field", equalTo("establishedOn"));
        noOrganizationNamed(fragment);
    }

    /** An enum is sent by name; a number is a value of the wrong type even when it happens to be a valid index. */
    @Test
    void anEnumGivenAsANumberIsAWrongType() {
        String fragment = unique("序号");
        Map<String, Object> body = organizationNamed(fragment);
        body.put("type", 1);
        problem(asAdmin().body(body).post("/v1/organizations").then(), 400, "INVALID_FIELD_VALUE")
                .body("errors[0].field", equalTo("type"));
        noOrganizationNamed(fragment);
    }

    @Test
    void aNullInAListOfValuesIsAValidationErrorNotAServerError() {
        String branch = Api.organization(Api.organization(null, "PARTY_COMMITTEE", "市统计局机关党委"), "BRANCH", "综合处党支部");
        Map<String, Object> body = new HashMap<>(Map.of("organizationId", branch, "name", "空职务", "gender", "FEMALE",
                "status", "FULL", "joinedOn", "2016-07-01"));
        body.put("posts", java.util.Arrays.asList("SECRETARY", null));
        problem(asAdmin().body(body).post("/v1/members").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", containsString("posts"));
        asAdmin().queryParam("organizationId", branch).get("/v1/members").then().statusCode(200).body("items", empty());

        String member = Api.member(branch, "王建国");
        problem(asAdmin().body("{\"posts\":[null]}").patch("/v1/members/" + member).then(), 400, "VALIDATION_FAILED");
        asAdmin().get("/v1/members/" + member).then().statusCode(200).body("posts", empty());
    }

    @Test
    void anUnknownFieldIsRefused() {
        String fragment = unique("未知");
        problem(asAdmin().body(json(organizationNamed(fragment), ",\"colour\":\"red\"")).post("/v1/organizations").then(),
                400, "UNKNOWN_FIELD")
                .body("errors[0].field", equalTo("colour"))
                .body("detail", containsString("colour"));
        noOrganizationNamed(fragment);
    }

    @Test
    void missingAndOverlongFieldsAreListedInErrors() {
        problem(asAdmin().body("{}").post("/v1/organizations").then(), 400, "VALIDATION_FAILED")
                .body("errors.field", contains("code", "name", "type"))
                .body("errors.message", org.hamcrest.Matchers.everyItem(notNullValue()));

        String fragment = unique("超长");
        Map<String, Object> body = organizationNamed(fragment);
        body.put("name", fragment + "党".repeat(300 - fragment.length()));
        problem(asAdmin().body(body).post("/v1/organizations").then(), 400, "VALIDATION_FAILED")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("name"));
        noOrganizationNamed(fragment);
    }

    @Test
    void onlyJsonBodiesAreAccepted() {
        String fragment = unique("纯文本");
        problem(given().header("Authorization", "Bearer " + Api.systemAdmin()).contentType("text/plain; charset=UTF-8")
                .body(json(organizationNamed(fragment), "")).post("/v1/organizations").then(),
                415, "UNSUPPORTED_MEDIA_TYPE");
        noOrganizationNamed(fragment);

        // an absent body is refused as a whole, without naming Java parameters
        for (String empty : new String[]{"", "null"}) {
            ValidatableResponse response = asAdmin().body(empty).post("/v1/organizations").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("code", equalTo("MISSING_BODY"))
                    .body("errors", nullValue())
                    .body("title", notNullValue())
                    .body("type", startsWith("https://"));
            String raw = response.extract().asString();
            assertFalse(raw.contains("at cn.") || raw.contains("Exception"), raw);
        }
    }

    @Test
    void speaksChineseByDefaultAndEnglishWhenAsked() {
        problem(asAdmin().body("{}").post("/v1/organizations").then(), 400, "VALIDATION_FAILED")
                .body("title", equalTo("请求参数不合法"))
                .body("detail", equalTo("请求中有 3 处错误，详见 errors"));
        problem(asAdmin().header("Accept-Language", "en").body("{}").post("/v1/organizations").then(),
                400, "VALIDATION_FAILED")
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("The request has 3 invalid field(s), see errors"));
        problem(asAdmin().header("Accept-Language", "en-GB,en;q=0.8,zh;q=0.5").body("{}").post("/v1/organizations").then(),
                400, "VALIDATION_FAILED")
                .body("title", equalTo("Invalid request"));
        problem(asAdmin().header("Accept-Language", "fr-FR").body("{}").post("/v1/organizations").then(),
                400, "VALIDATION_FAILED")
                .body("title", equalTo("请求参数不合法"));
        problem(asAdmin().header("Accept-Language", "en").get("/v1/organizations/01ZZZZZZZZZZZZZZZZZZZZZZZZ").then(),
                404, "NOT_FOUND")
                .body("title", equalTo("Not found"));
        problem(asAdmin().get("/v1/organizations/01ZZZZZZZZZZZZZZZZZZZZZZZZ").then(), 404, "NOT_FOUND")
                .body("title", equalTo("资源不存在"));
    }

    @Test
    void refusesMissingForgedAndExpiredTokensWith401() throws Exception {
        String fragment = unique("无令牌");
        problem(given().contentType("application/json").body(organizationNamed(fragment)).post("/v1/organizations").then(),
                401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().get("/v1/organizations").then(), 401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(given().header("Accept-Language", "en").get("/v1/star-ratings").then(), 401, "UNAUTHENTICATED")
                .body("title", equalTo("Unauthenticated"));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair otherKey = generator.generateKeyPair();
        String forged = Jwt.issuer("party-local-dev").subject("admin").groups(Set.of("SYSTEM_ADMIN"))
                .expiresIn(Duration.ofMinutes(30)).sign(otherKey.getPrivate());
        problem(as(forged).body(organizationNamed(fragment)).post("/v1/organizations").then(), 401, "UNAUTHENTICATED")
                .header("WWW-Authenticate", startsWith("Bearer"));
        problem(as(forged).get("/v1/organizations").then(), 401, "UNAUTHENTICATED");

        Instant now = Instant.now();
        String expired = Jwt.issuer("party-local-dev").subject("admin").groups(Set.of("SYSTEM_ADMIN"))
                .issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1))).sign();
        problem(as(expired).body(organizationNamed(fragment)).post("/v1/organizations").then(), 401, "UNAUTHENTICATED");

        String otherIssuer = Jwt.issuer("https://someone-else.example").subject("admin").groups(Set.of("SYSTEM_ADMIN"))
                .expiresIn(Duration.ofMinutes(30)).sign();
        problem(as(otherIssuer).get("/v1/organizations").then(), 401, "UNAUTHENTICATED");
        problem(as("not-a-jwt").get("/v1/organizations").then(), 401, "UNAUTHENTICATED");
        noOrganizationNamed(fragment);

        // the same key and issuer are accepted, so the refusals above are about the token, not the test setup
        as(Api.systemAdmin()).get("/v1/organizations").then().statusCode(200);
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        problem(asAdmin().get("/v1/nothing-here").then(), 404, "NOT_FOUND");
        problem(asAdmin().get("/v1/organizations/01ZZZZZZZZZZZZZZZZZZZZZZZZ/nothing-here").then(), 404, "NOT_FOUND");
        problem(asAdmin().get("/v1/star-ratings/01ZZZZZZZZZZZZZZZZZZZZZZZZ").then(), 404, "NOT_FOUND");
        problem(asAdmin().get("/v1/designations/01ZZZZZZZZZZZZZZZZZZZZZZZZ").then(), 404, "NOT_FOUND");

        String fragment = unique("错方法");
        problem(asAdmin().body(organizationNamed(fragment)).put("/v1/organizations").then(), 405, "METHOD_NOT_ALLOWED");
        problem(asAdmin().delete("/v1/organizations").then(), 405, "METHOD_NOT_ALLOWED");
        problem(asAdmin().body(Map.of("status", "FINAL")).put("/v1/star-ratings/01ZZZZZZZZZZZZZZZZZZZZZZZZ").then(),
                405, "METHOD_NOT_ALLOWED");
        noOrganizationNamed(fragment);
    }

    /** RFC 9110 §15.5.6: a 405 response must list the methods the resource supports. */
    @Test
    void aWrongMethodIs405WithoutAnEmptyAllowHeader() {
        // Quarkus REST does not tell which methods the path has, so no Allow header rather than an empty one
        problem(asAdmin().body(organizationNamed(unique("错方法"))).put("/v1/organizations").then(),
                405, "METHOD_NOT_ALLOWED")
                .header("Allow", nullValue());
    }

    @Test
    void pagingParametersAreValidated() {
        for (int limit : new int[]{0, 201, -1}) {
            problem(asAdmin().queryParam("limit", limit).get("/v1/organizations").then(), 400, "VALIDATION_FAILED")
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("limit"));
        }
        problem(asAdmin().queryParam("limit", 0).get("/v1/star-ratings").then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("limit"));
        asAdmin().queryParam("limit", 200).get("/v1/organizations").then().statusCode(200);
        asAdmin().queryParam("limit", 1).get("/v1/organizations").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.lessThanOrEqualTo(1));

        problem(asAdmin().queryParam("cursor", "garbage!!").get("/v1/organizations").then(), 400, "INVALID_CURSOR")
                .body("errors[0].field", equalTo("cursor"));
        // valid base64url, but not one of our cursors
        problem(asAdmin().queryParam("cursor", "aGVsbG8").get("/v1/organizations").then(), 400, "INVALID_CURSOR");
        problem(asAdmin().queryParam("cursor", "garbage!!").get("/v1/designations").then(), 400, "INVALID_CURSOR");
    }

    /** A query value that cannot be converted is the caller's mistake (400), not a missing resource (404). */
    @Test
    void queryValuesOfTheWrongTypeAreInvalidParameters() {
        problem(asAdmin().queryParam("type", "CLUB").get("/v1/organizations").then(), 400, "INVALID_PARAMETER");
        problem(asAdmin().queryParam("limit", "ten").get("/v1/organizations").then(), 400, "INVALID_PARAMETER");
        problem(asAdmin().queryParam("level", "SIX").get("/v1/star-ratings").then(), 400, "INVALID_PARAMETER");
        problem(asAdmin().queryParam("year", "twenty-five").get("/v1/designations").then(), 400, "INVALID_PARAMETER");
    }

    @Test
    void forbiddenIsAProblemToo() {
        String[] tree = Api.committeeWithBranch();
        String fragment = unique("越权");
        Map<String, Object> body = organizationNamed(fragment);
        body.put("type", "BRANCH");
        body.put("parentId", tree[0]);
        problem(as(token("some-member", tree[1], "MEMBER")).body(body).post("/v1/organizations").then(),
                403, "FORBIDDEN");
        noOrganizationNamed(fragment);
    }
}
