package cn.partybuilding.branch;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Shortcuts for HTTP tests: tokens for each role and the requests every test makes. */
public final class Api {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Codes differ between runs, so tests also pass against a reused external database (DB_URL). */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private Api() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public static String token(String subject, String orgId, String... roles) {
        var builder = Jwt.issuer("party-local-dev").subject(subject).groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(30));
        if (orgId != null) {
            builder.claim("orgId", orgId);
        }
        return builder.sign();
    }

    public static String systemAdmin() {
        return token("admin", null, "SYSTEM_ADMIN");
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static RequestSpecification asAdmin() {
        return as(systemAdmin());
    }

    /** Creates an organization as system administrator and returns its id. */
    public static String organization(String parentId, String type, String name) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", unique("ORG"), "name", name, "type", type));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return asAdmin().body(body).post("/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** A committee with one branch under it: [committeeId, branchId]. */
    public static String[] committeeWithBranch() {
        String committee = organization(null, "PARTY_COMMITTEE", "市财政局机关党委");
        String branch = organization(committee, "BRANCH", "市财政局机关第一党支部");
        return new String[]{committee, branch};
    }

    /** Registers a full member without personal data; returns the id. */
    public static String member(String organizationId, String name) {
        return member(organizationId, name, "FULL");
    }

    public static String member(String organizationId, String name, String status) {
        return asAdmin().body(Map.of("organizationId", organizationId, "name", name, "gender", "MALE",
                        "status", status, "joinedOn", "2020-07-01"))
                .post("/v1/members").then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse problem(ValidatableResponse response, int status, String code) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("code", org.hamcrest.Matchers.equalTo(code))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("type", org.hamcrest.Matchers.startsWith("https://"));
    }

    public static String idempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
