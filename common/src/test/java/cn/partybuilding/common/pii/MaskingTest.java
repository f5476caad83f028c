package cn.partybuilding.common.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void phoneKeepsFirstThreeAndLastFourDigits() {
        assertEquals("138****5678", Masking.phone("13812345678"));
    }

    @Test
    void idCardKeepsRegionAndLastFourCharacters() {
        assertEquals("110101********1234", Masking.idCard("110101199003071234"));
    }

    @Test
    void nullStaysNull() {
        assertNull(Masking.phone(null));
        assertNull(Masking.idCard(null));
    }

    @Test
    void shortInputIsMaskedCompletely() {
        assertEquals("*******", Masking.phone("1381234"));
        assertEquals("**********", Masking.idCard("1101011990"));
    }
}
