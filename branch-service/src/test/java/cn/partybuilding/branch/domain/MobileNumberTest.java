package cn.partybuilding.branch.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MobileNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138-1234-5678", "+8613812345678", "8613812345678", "86 138 1234 5678",
            " 138 1234 5678 "})
    void normalizesToElevenDigits(String raw) {
        assertEquals("13812345678", MobileNumber.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19912345678", "15012345678"})
    void acceptsEverySecondDigitFromThreeToNine(String raw) {
        assertEquals(raw, MobileNumber.normalize(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "12812345678",    // second digit 2
            "23812345678",    // does not start with 1
            "1381234567",     // 10 digits
            "138123456789",   // 12 digits
            "1381234567a",
            "abcdefghijk",
            "+85213812345678" // Hong Kong prefix
    })
    void rejectsWhatIsNotAMainlandMobileNumber(String raw) {
        assertNull(MobileNumber.normalize(raw));
    }
}
