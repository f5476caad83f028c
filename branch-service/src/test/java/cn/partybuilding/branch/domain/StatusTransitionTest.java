package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTransitionTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PUBLIC_NOTICE, PUBLIC_NOTICE, false",
            "PUBLIC_NOTICE, FINAL,         true",
            "PUBLIC_NOTICE, WITHDRAWN,     true",
            "FINAL,         PUBLIC_NOTICE, false",
            "FINAL,         FINAL,         false",
            "FINAL,         WITHDRAWN,     false",
            "WITHDRAWN,     PUBLIC_NOTICE, false",
            "WITHDRAWN,     FINAL,         false",
            "WITHDRAWN,     WITHDRAWN,     false",
    })
    void ratingMovesOnlyOutOfPublicNotice(RatingStatus from, RatingStatus to, boolean allowed) {
        assertEquals(allowed, from.mayMoveTo(to));
    }

    @ParameterizedTest(name = "{0} editable: {1}")
    @CsvSource({
            "PUBLIC_NOTICE, true",
            "FINAL,         false",
            "WITHDRAWN,     false",
    })
    void ratingIsEditableOnlyDuringPublicNotice(RatingStatus status, boolean editable) {
        assertEquals(editable, status.isEditable());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "NOMINATED, NOMINATED, false",
            "NOMINATED, ACTIVE,    true",
            "NOMINATED, REVOKED,   true",
            "ACTIVE,    NOMINATED, false",
            "ACTIVE,    ACTIVE,    false",
            "ACTIVE,    REVOKED,   true",
            "REVOKED,   NOMINATED, false",
            "REVOKED,   ACTIVE,    false",
            "REVOKED,   REVOKED,   false",
    })
    void designationIsNamedOrRevokedAndRevocationIsFinal(DesignationStatus from, DesignationStatus to, boolean allowed) {
        assertEquals(allowed, from.mayMoveTo(to));
    }
}
