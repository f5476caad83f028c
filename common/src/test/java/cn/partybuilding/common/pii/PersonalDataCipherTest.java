package cn.partybuilding.common.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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

    /** The stored form is the one every row already has: a 12-byte nonce, then AES-256-GCM with a 128-bit tag. */
    @Test
    void decryptsWhatPlainJceSealedWithTheSameKey() throws Exception {
        byte[] iv = HexFormat.of().parseHex("000102030405060708090a0b");
        Cipher jce = Cipher.getInstance("AES/GCM/NoPadding");
        jce.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = jce.doFinal("13812345678".getBytes(StandardCharsets.UTF_8));
        String stored = Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());

        assertEquals("13812345678", cipher.decrypt(stored));
        assertEquals(12 + 11 + 16, Base64.getDecoder().decode(cipher.encrypt("13812345678")).length);
    }

    /** A reused cipher gets a new nonce for every value: no two of a thread's encryptions share one. */
    @Test
    void everyEncryptionOnOneThreadHasItsOwnNonce() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            byte[] stored = Base64.getDecoder().decode(cipher.encrypt("13812345678"));
            assertTrue(nonces.add(HexFormat.of().formatHex(stored, 0, 12)), "nonce used twice");
        }
    }

    /** A value that fails its tag check leaves the thread's cipher fit for the next value. */
    @Test
    void aTamperedValueIsRefusedAndTheNextOneStillDecrypts() {
        byte[] stored = Base64.getDecoder().decode(cipher.encrypt("13812345678"));
        stored[stored.length - 1] ^= 1;
        String tampered = Base64.getEncoder().encodeToString(stored);

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
        assertEquals("13912345678", cipher.decrypt(cipher.encrypt("13912345678")));
        assertEquals(cipher.blindIndex("13812345678"), new PersonalDataCipher(KEY).blindIndex("13812345678"));
    }

    /**
     * Threads released together encrypt, decrypt and hash their own values through one bean: every
     * value comes back as it went in, and every blind index is the one a fresh instance computes.
     */
    @Test
    void oneBeanServesParallelThreads() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        PersonalDataCipher reference = new PersonalDataCipher(KEY);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    go.await();
                    int checked = 0;
                    for (int i = 0; i < 2_000; i++) {
                        String plain = "1" + (3_800_000_000L + thread * 10_000L + i);
                        String stored = cipher.encrypt(plain);
                        assertEquals(plain, cipher.decrypt(stored));
                        assertEquals(reference.blindIndex(plain), cipher.blindIndex(plain));
                        checked++;
                    }
                    return checked;
                }));
            }
            go.countDown();
            for (Future<Integer> result : results) {
                assertEquals(2_000, result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void textEncryptedWithAnotherKeyCannotBeDecrypted() {
        String stored = new PersonalDataCipher(OTHER_KEY).encrypt("13812345678");

        assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored));
    }
}
