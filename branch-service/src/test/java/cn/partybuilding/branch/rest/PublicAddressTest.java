package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.unique;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A created resource's Location names the public address the client used, as the gateway reports
 * it in X-Forwarded-Proto and X-Forwarded-Host; the tests call from 127.0.0.1, the trusted proxy.
 */
@QuarkusTest
class PublicAddressTest {

    @Test
    void locationNamesTheAddressTheGatewayWasCalledAt() {
        asAdmin().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "dangjian.example.gov.cn")
                .header("X-Forwarded-For", "203.0.113.7, 127.0.0.1")
                .body(Map.of("code", unique("PUB"), "name", "市审计局机关党委", "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then().statusCode(201)
                .header("Location", startsWith("https://dangjian.example.gov.cn/v1/organizations/"));
        asAdmin().header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "127.0.0.1:18080")
                .body(Map.of("code", unique("PUB"), "name", "市统计局机关党委", "type", "PARTY_COMMITTEE"))
                .post("/v1/organizations").then().statusCode(201)
                .header("Location", startsWith("http://127.0.0.1:18080/v1/organizations/"));
    }
}
