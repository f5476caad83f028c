package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstResponseAndWritesNothing() {
        String key = Api.idempotencyKey();
        Map<String, Object> body = Map.of("code", Api.unique("IDEM"), "name", "幂等测试党委", "type", "PARTY_COMMITTEE");
        Response first = asAdmin().header("Idempotency-Key", key).body(body).post("/v1/organizations");
        first.then().statusCode(201);
        Response retry = asAdmin().header("Idempotency-Key", key).body(body).post("/v1/organizations");
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("id", equalTo(first.path("id")))
                .body("name", equalTo("幂等测试党委"));
        assertEquals(first.path("createdAt").toString(), retry.path("createdAt").toString());
        asAdmin().queryParam("q", "幂等测试党委").get("/v1/organizations").then().body("items", hasSize(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = Api.idempotencyKey();
        asAdmin().header("Idempotency-Key", key)
                .body(Map.of("code", Api.unique("IDEM"), "name", "第一次请求", "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then().statusCode(201);
        problem(asAdmin().header("Idempotency-Key", key)
                .body(Map.of("code", Api.unique("IDEM"), "name", "内容不同的请求", "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then(), 422, "IDEMPOTENCY_KEY_REUSED");
        asAdmin().queryParam("q", "内容不同的请求").get("/v1/organizations").then().body("items", hasSize(0));
    }

    @Test
    void aFailedRequestDoesNotConsumeTheKey() {
        String key = Api.idempotencyKey();
        String code = Api.unique("IDEM");
        problem(asAdmin().header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", "缺类型"))
                .post("/v1/organizations").then(), 400, "VALIDATION_FAILED");
        problem(asAdmin().header("Idempotency-Key", key)
                .body(Map.of("code", code, "name", "缺类型"))
                .post("/v1/organizations").then(), 400, "VALIDATION_FAILED");
    }

    @Test
    void keysBelongToTheirCallerAndMustBeWellFormed() {
        String key = Api.idempotencyKey();
        Map<String, Object> body = Map.of("code", Api.unique("IDEM"), "name", "两个调用方", "type", "PARTY_COMMITTEE");
        asAdmin().header("Idempotency-Key", key).body(body).post("/v1/organizations").then().statusCode(201);
        // another caller with the same key is not a retry: its request runs (and meets the taken code)
        problem(as(token("other-admin", null, "SYSTEM_ADMIN")).header("Idempotency-Key", key).body(body)
                .post("/v1/organizations").then(), 409, "ORGANIZATION_CODE_TAKEN");
        problem(asAdmin().header("Idempotency-Key", "x".repeat(65)).body(body).post("/v1/organizations").then(),
                400, "INVALID_IDEMPOTENCY_KEY");
    }
}
