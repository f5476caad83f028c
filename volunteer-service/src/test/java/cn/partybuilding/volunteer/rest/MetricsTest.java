package cn.partybuilding.volunteer.rest;

import static cn.partybuilding.volunteer.Fixtures.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import cn.partybuilding.volunteer.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** {@code /q/metrics}: HTTP metrics by route template, never by the raw path, and the database pool. */
@QuarkusTest
class MetricsTest {

    @Test
    void requestsAreTaggedByRouteTemplateAndThePoolIsMeasured() {
        String community = Fixtures.community();
        asAdmin().get("/v1/communities/" + community).then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("uri=\"/v1/communities/{id}\""))
                .body(not(containsString(community)))
                .body(containsString("agroal_active_count{datasource=\"default\"}"));
    }
}
