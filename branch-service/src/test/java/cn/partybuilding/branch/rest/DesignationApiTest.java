package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.asAdmin;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.problem;
import static cn.partybuilding.branch.Api.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.branch.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DesignationApiTest {

    private static final String[] KINDS = {"DEMONSTRATION_SITE", "FIRST_CLASSROOM", "BRAND", "REPRESENTATIVE_STUDIO",
            "VANGUARD_POST"};

    private static Map<String, Object> designation(String organizationId, String kind, String title, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("kind", kind);
        body.put("title", title);
        body.put("year", year);
        return body;
    }

    private static Map<String, Object> designation(String organizationId, String kind, String title, int year,
                                                   String status) {
        Map<String, Object> body = designation(organizationId, kind, title, year);
        body.put("status", status);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return asAdmin().body(body).post("/v1/designations").then().statusCode(201).extract().path("id");
    }

    @Test
    void createsEachKindActiveByDefault() {
        String branch = Api.committeeWithBranch()[1];
        String[] titles = {"机关党建示范点", "机关党建\"第一课堂\"", "\"红色财政\"党建品牌", "党代表工作室", "党员先锋岗"};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < KINDS.length; i++) {
            Response created = asAdmin().body(designation(branch, KINDS[i], "  " + titles[i] + " ", 2025))
                    .post("/v1/designations");
            created.then().statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("id", notNullValue())
                    .body("organizationId", equalTo(branch))
                    .body("kind", equalTo(KINDS[i]))
                    .body("title", equalTo(titles[i]))
                    .body("year", equalTo(2025))
                    .body("status", equalTo("ACTIVE"))
                    .body("version", equalTo(0))
                    .body("remarks", nullValue())
                    .body("createdAt", notNullValue());
            String id = created.path("id");
            created.then().header("Location", endsWith("/v1/designations/" + id));
            asAdmin().get(created.header("Location")).then().statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(id))
                    .body("kind", equalTo(KINDS[i]))
                    .body("title", equalTo(titles[i]))
                    .body("status", equalTo("ACTIVE"));
            ids.add(id);
        }
        asAdmin().queryParam("organizationId", branch).get("/v1/designations").then().statusCode(200)
                .body("items.id", contains(ids.toArray()))
                .body("items.kind", contains((Object[]) KINDS));

        asAdmin().body(Map.of("organizationId", branch, "kind", "BRAND", "title", "培育中的品牌", "year", 2026,
                        "status", "NOMINATED", "remarks", "培育创建"))
                .post("/v1/designations").then().statusCode(201)
                .body("status", equalTo("NOMINATED"))
                .body("remarks", equalTo("培育创建"));
    }

    @Test
    void refusesDuplicatesRevokedCreationsAndBadRequests() {
        String[] tree = Api.committeeWithBranch();
        String branch = tree[1];
        create(designation(branch, "FIRST_CLASSROOM", "机关党建\"第一课堂\"", 2024));
        problem(asAdmin().body(designation(branch, "FIRST_CLASSROOM", "又一个第一课堂", 2024)).post("/v1/designations").then(),
                409, "DESIGNATION_EXISTS")
                .body("errors[0].field", equalTo("year"));
        // another kind, another year or another organization is not a duplicate
        create(designation(branch, "BRAND", "党建品牌", 2024));
        create(designation(branch, "FIRST_CLASSROOM", "机关党建\"第一课堂\"", 2025));
        create(designation(tree[0], "FIRST_CLASSROOM", "机关党委第一课堂", 2024));

        problem(asAdmin().body(designation(branch, "VANGUARD_POST", "党员先锋岗", 2024, "REVOKED"))
                .post("/v1/designations").then(), 409, "INVALID_STATUS_TRANSITION")
                .body("errors[0].field", equalTo("status"));
        asAdmin().queryParam("organizationId", branch).queryParam("kind", "VANGUARD_POST").get("/v1/designations")
                .then().statusCode(200).body("items", empty());

        problem(asAdmin().body(designation("01ZZZZZZZZZZZZZZZZZZZZZZZZ", "BRAND", "无主品牌", 2024))
                .post("/v1/designations").then(), 422, "ORGANIZATION_NOT_FOUND")
                .body("errors[0].field", equalTo("organizationId"));
        problem(asAdmin().body(designation(branch, "MODEL_UNIT", "未知类别", 2024)).post("/v1/designations").then(),
                400, "INVALID_FIELD_VALUE")
                .body("errors[0].field", equalTo("kind"));
        problem(asAdmin().body(designation(branch, "BRAND", " ", 1999)).post("/v1/designations").then(),
                400, "VALIDATION_FAILED")
                .body("errors.field", contains("title", "year"));

        problem(as(token("branch-member", branch, "MEMBER")).body(designation(branch, "BRAND", "党员不能命名", 2030))
                .post("/v1/designations").then(), 403, "FORBIDDEN");
    }

    @Test
    void movesFromNominatedToActiveToRevokedAndNeverBack() {
        String branch = Api.committeeWithBranch()[1];
        String id = create(designation(branch, "DEMONSTRATION_SITE", "规范提升党建示范点", 2025, "NOMINATED"));
        asAdmin().get("/v1/designations/" + id).then().body("status", equalTo("NOMINATED"));

        asAdmin().header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).patch("/v1/designations/" + id).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1));
        problem(asAdmin().body(Map.of("status", "NOMINATED")).patch("/v1/designations/" + id).then(),
                409, "INVALID_STATUS_TRANSITION")
                .body("errors[0].field", equalTo("status"));
        asAdmin().body(Map.of("status", "REVOKED", "remarks", "复查未通过")).patch("/v1/designations/" + id).then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("REVOKED"))
                .body("remarks", equalTo("复查未通过"));
        problem(asAdmin().body(Map.of("status", "ACTIVE")).patch("/v1/designations/" + id).then(),
                409, "INVALID_STATUS_TRANSITION");
        asAdmin().get("/v1/designations/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("REVOKED"));

        // a nominee may also be revoked directly
        String nominee = create(designation(branch, "BRAND", "培育中的品牌", 2025, "NOMINATED"));
        asAdmin().body(Map.of("status", "REVOKED")).patch("/v1/designations/" + nominee).then().statusCode(200)
                .body("status", equalTo("REVOKED"));
    }

    @Test
    void refusesAStaleIfMatchAndKeepsTheTitle() {
        String branch = Api.committeeWithBranch()[1];
        String id = create(designation(branch, "REPRESENTATIVE_STUDIO", "党代表工作室", 2025));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("title", "市财政局党代表工作室"))
                .patch("/v1/designations/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("市财政局党代表工作室"));

        problem(asAdmin().header("If-Match", "\"0\"").body(Map.of("title", "过期的修改"))
                .patch("/v1/designations/" + id).then(), 412, "PRECONDITION_FAILED");
        problem(asAdmin().header("If-Match", "\"0\"").body(Map.of("status", "REVOKED"))
                .patch("/v1/designations/" + id).then(), 412, "PRECONDITION_FAILED");
        asAdmin().get("/v1/designations/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("市财政局党代表工作室"))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1));

        asAdmin().header("If-Match", "\"1\"").body(Map.of("title", "市财政局机关党代表工作室"))
                .patch("/v1/designations/" + id).then().statusCode(200).header("ETag", "\"2\"");
        problem(asAdmin().body(Map.of("title", "")).patch("/v1/designations/" + id).then(), 400, "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("title"));
        asAdmin().get("/v1/designations/" + id).then().body("title", equalTo("市财政局机关党代表工作室"));
    }

    @Test
    void listsByKindYearStatusAndOrganizationSubtree() {
        String committee = organization(null, "PARTY_COMMITTEE", "市自然资源和规划局机关党委");
        String first = organization(committee, "BRANCH", "市自然资源和规划局第一党支部");
        String second = organization(committee, "BRANCH", "市自然资源和规划局第二党支部");
        String other = Api.committeeWithBranch()[1];

        String site2024 = create(designation(first, "DEMONSTRATION_SITE", "党建示范点", 2024));
        String brand2024 = create(designation(first, "BRAND", "\"山海规划\"党建品牌", 2024, "NOMINATED"));
        String classroom2025 = create(designation(second, "FIRST_CLASSROOM", "第一课堂", 2025));
        String post2025 = create(designation(second, "VANGUARD_POST", "党员先锋岗", 2025));
        String committeeBrand2025 = create(designation(committee, "BRAND", "机关党委党建品牌", 2025));
        String otherSite2024 = create(designation(other, "DEMONSTRATION_SITE", "别处的示范点", 2024));
        asAdmin().body(Map.of("status", "REVOKED")).patch("/v1/designations/" + post2025).then().statusCode(200);

        asAdmin().queryParam("organizationId", committee).get("/v1/designations").then().statusCode(200)
                .body("items.id", contains(site2024, brand2024, classroom2025, post2025, committeeBrand2025))
                .body("nextCursor", nullValue());
        asAdmin().queryParam("organizationId", second).get("/v1/designations").then().statusCode(200)
                .body("items.id", contains(classroom2025, post2025));
        asAdmin().queryParam("organizationId", committee).queryParam("kind", "BRAND").get("/v1/designations").then()
                .statusCode(200).body("items.id", contains(brand2024, committeeBrand2025));
        asAdmin().queryParam("organizationId", committee).queryParam("year", 2024).get("/v1/designations").then()
                .statusCode(200).body("items.id", contains(site2024, brand2024));
        asAdmin().queryParam("organizationId", committee).queryParam("status", "ACTIVE").get("/v1/designations").then()
                .statusCode(200).body("items.id", contains(site2024, classroom2025, committeeBrand2025));
        asAdmin().queryParam("organizationId", committee).queryParam("status", "NOMINATED").get("/v1/designations")
                .then().statusCode(200).body("items.id", contains(brand2024));
        asAdmin().queryParam("organizationId", committee).queryParam("status", "REVOKED").get("/v1/designations")
                .then().statusCode(200).body("items.id", contains(post2025));
        asAdmin().queryParam("organizationId", committee).queryParam("kind", "BRAND").queryParam("year", 2025)
                .queryParam("status", "ACTIVE").get("/v1/designations").then()
                .statusCode(200).body("items.id", contains(committeeBrand2025));
        asAdmin().queryParam("organizationId", committee).queryParam("kind", "REPRESENTATIVE_STUDIO")
                .get("/v1/designations").then().statusCode(200).body("items", empty());
        asAdmin().queryParam("organizationId", other).queryParam("kind", "DEMONSTRATION_SITE").get("/v1/designations")
                .then().statusCode(200).body("items.id", contains(otherSite2024));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = asAdmin().queryParam("organizationId", committee).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.get("/v1/designations");
            page.then().statusCode(200);
            walked.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(List.of(site2024, brand2024, classroom2025, post2025, committeeBrand2025), walked);

        // an organization administrator sees only its own subtree
        String admin = token("planning-admin", second, "ORG_ADMIN");
        as(admin).queryParam("limit", 200).get("/v1/designations").then().statusCode(200)
                .body("items.id", contains(classroom2025, post2025));
        problem(as(admin).get("/v1/designations/" + site2024).then(), 404, "NOT_FOUND");
        problem(as(admin).queryParam("organizationId", committee).get("/v1/designations").then(),
                422, "ORGANIZATION_NOT_FOUND");
    }
}
