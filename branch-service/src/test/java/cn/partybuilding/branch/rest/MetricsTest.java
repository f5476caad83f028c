package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code /q/metrics}: HTTP metrics by route template, never by the raw path, and the database pool. */
@QuarkusTest
class MetricsTest {

    @Test
    void requestsAreTaggedByRouteTemplateAndThePoolIsMeasured() {
        String branch = Api.committeeWithBranch()[1];
        String member = Api.member(branch, "度量测试");
        asAdmin().get("/v1/members/" + member).then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/v1/members/{id}\"}"))
                .body(not(containsString(member)))
                .body(containsString("agroal_active_count{datasource=\"default\"}"))
                .body(containsString("agroal_max_used_count{datasource=\"default\"}"))
                .body(containsString("agroal_blocking_time_average_milliseconds{datasource=\"default\"}"));
    }
}
