package cn.partybuilding.branch.rest;

import static cn.partybuilding.branch.Api.as;
import static cn.partybuilding.branch.Api.organization;
import static cn.partybuilding.branch.Api.systemAdmin;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.testsupport.ContractValidationFilter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every API test's exchanges are checked against the committed contract, so a response that drifts
 * from the document fails the build. Here the same real answer is held against small contracts that
 * each get one thing wrong, and the check must refuse it.
 */
@QuarkusTest
class ContractValidationTest {

    private static final String ORGANIZATION_CONTRACT = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            paths:
              /v1/organizations/{id}:
                get:
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: string}}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/Organization"}
            components:
              schemas:
                Organization:
                  type: object
                  properties:
            %s
            """;

    private static final String ALL_FIELDS = """
                        id: {type: string}
                        code: {type: string}
                        name: {type: string}
                        type: {type: string}
                        parentId: {type: string}
                        ancestorIds: {type: array, items: {type: string}}
                        depth: {type: integer}
                        unitName: {type: string}
                        temporary: {type: boolean}
                        functional: {type: boolean}
                        establishedOn: {type: string, format: date}
                        leaders: {type: array, items: {type: object}}
                        version: {type: integer}
                        createdAt: {type: string, format: date-time}
                        updatedAt: {type: string, format: date-time}
            """;

    @Test
    void everyTestRequestPassesThroughTheCommittedContract() {
        assertTrue(RestAssured.filters().stream().anyMatch(ContractValidationFilter.class::isInstance),
                "the contract check is installed for every test");
    }

    @Test
    void anAnswerThatMatchesItsContractPasses() {
        String id = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        readWith(ALL_FIELDS, id).then().statusCode(200);
    }

    @Test
    void anUndocumentedFieldFails() {
        String id = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        assertRefused(ALL_FIELDS.replace("            code: {type: string}\n", ""), id, "code");
    }

    @Test
    void aWrongTypeFails() {
        String id = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        assertRefused(ALL_FIELDS.replace("depth: {type: integer}", "depth: {type: string}"), id, "/depth");
    }

    @Test
    void aWrongFormatFails() {
        String id = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        assertRefused(ALL_FIELDS.replace("code: {type: string}", "code: {type: string, format: date-time}"), id, "/code");
    }

    @Test
    void aMissingRequiredFieldFails() {
        String id = organization(null, "PARTY_COMMITTEE", "市统计局机关党委");
        assertRefused(ALL_FIELDS + "      required: [id, speaker]\n", id, "speaker");
    }

    @Test
    void anUndocumentedStatusFails() {
        assertRefused(ALL_FIELDS, "01ARZ3NDEKTSV4RRFFQ69G5FAV", "404");
    }

    private static Response readWith(String properties, String id) {
        return as(systemAdmin()).filter(ContractValidationFilter.forDocument(ORGANIZATION_CONTRACT.formatted(properties)))
                .get("/v1/organizations/" + id);
    }

    private static void assertRefused(String properties, String id, String mentioned) {
        AssertionError refused = assertThrows(AssertionError.class, () -> readWith(properties, id));
        assertThat(refused.getMessage(), containsString(mentioned));
    }
}
