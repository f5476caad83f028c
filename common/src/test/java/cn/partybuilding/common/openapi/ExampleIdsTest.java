package cn.partybuilding.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.common.id.Ulid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleIdsTest {

    @Test
    void exampleIdsAreDistinctValidIds() {
        List<String> all = new ArrayList<>(ExampleIds.IN_DEMO_DATA);
        all.addAll(List.of(ExampleIds.AUDIT_EVENT, ExampleIds.REQUEST));
        all.forEach(id -> assertTrue(Ulid.isValid(id), id + " is not an id the services accept"));
        assertEquals(all.size(), new HashSet<>(all).size(), "two examples share an id");
    }

    @Test
    void aPathIdNamesAnObjectOfItsCollection() {
        assertEquals(ExampleIds.BRANCH, ExampleIds.forPathParameter("/v1/organizations/{id}/members", "id"));
        assertEquals(ExampleIds.WISH, ExampleIds.forPathParameter("/v1/wishes/{id}/claim", "id"));
        assertEquals(ExampleIds.MEMBER, ExampleIds.forPathParameter("/v1/service-posts/{id}/claims/{memberId}", "memberId"));
        assertEquals(ExampleIds.ASSESSMENT, ExampleIds.forPathParameter("/v1/assessments/{id}/self-scores", "id"));
        assertEquals(ExampleIds.ASSESSMENT_SCHEME, ExampleIds.forPathParameter("/v1/assessment-schemes/{id}", "id"));
        assertEquals(ExampleIds.DUTY_REPORT, ExampleIds.forPathParameter("/v1/duty-reports/{id}/ballots", "id"));
        assertNull(ExampleIds.forPathParameter("/v1/members/{id}/transfers/{transferId}", "transferId"),
                "the demo data holds no transfer");
    }
}
