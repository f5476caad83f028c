package cn.partybuilding.common.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataCipherTest {

    private static final String KEY = "tqPlZqgJ0J4c3ZtH3l2y5mWm0o8Yc2bQ8n0rXxkq1fE=";
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "11010519491231002X", "北京市东城区王府井大街1号", ""})
    void decryptReturnsTheEncryptedText(String plain) {
        assertEquals(plain, cipher.decrypt(cipher.encrypt(plain)));
    }

    @Test
    void nullPassesThrough() {
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
        assertNull(cipher.blindIndex(null));
    }

    @Test
    void sameTextEncryptsDifferentlyButHasOneBlindIndex() {
        assertNotEquals(cipher.encrypt("13812345678"), cipher.encrypt("13812345678"));
        assertEquals(cipher.blindIndex("13812345678"), cipher.blindIndex("13812345678"));
    }

    @Test
    void blindIndexDiffersForDifferentTextAndKey() {
        assertNotEquals(cipher.blindIndex("13812345678"), cipher.blindIndex("13812345679"));
        assertNotEquals(cipher.blindIndex("13812345678"), new PersonalDataCipher(OTHER_KEY).blindIndex("13812345678"));
    }

    @Test
    void storedFormRevealsNeitherTextNorItsBase64() {
        String plain = "13812345678";
        String stored = cipher.encrypt(plain);

        assertFalse(stored.contains(plain));
        assertFalse(stored.contains(Base64.getEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII))));
        assertFalse(cipher.blindIndex(plain).contains(plain));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 31, 33, 64})
    void keyOfWrongLengthIsRefused(int bytes) {
        String key = Base64.getEncoder().encodeToString(new byte[bytes]);

        assertThrows(IllegalArgumentException.class, () -> new PersonalDataCipher(key));
    }

    @Test
    void textEncryptedWithAnotherKeyCannotBeDecrypted() {
        String stored = new PersonalDataCipher(OTHER_KEY).encrypt("13812345678");

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored));
    }
}
