package cn.partybuilding.common.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidIdTest {

    private final ValidId.Validator validator = new ValidId.Validator();

    @Test
    void anAbsentIdIsLeftToNotNull() {
        assertTrue(validator.isValid(null, null));
    }

    @Test
    void anIdIsValid() {
        assertTrue(validator.isValid(Ulid.next(), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "中", "01HZY3K9J8Q2W4E6R8T0Y2V4A", "01HZY3K9J8Q2W4E6R8T0Y2V4A6B",
            "01hzy3k9j8q2w4e6r8t0y2v4a6", "' OR 1=1 --", "01HZY3K9J8Q2W4E6R8T0Y2V4A中"})
    void anythingElseIsNot(String value) {
        assertFalse(validator.isValid(value, null));
    }

    /** The violation's message, in Chinese by default and in English on request. */
    @Test
    void theMessageIsChineseAndEnglish() {
        String key = "cn.partybuilding.common.id.ValidId.message";
        assertEquals("{" + key + "}", messageDefault());
        assertEquals("不是有效的编号（26 位 ULID）", ResourceBundle.getBundle("ValidationMessages", Locale.SIMPLIFIED_CHINESE).getString(key));
        assertEquals("is not a valid id (a 26-character ULID)", ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH).getString(key));
    }

    private static String messageDefault() {
        try {
            return (String) ValidId.class.getMethod("message").getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
