package cn.partybuilding.common.pii;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts personal data (phone, ID-card number) at rest with AES-256-GCM, and derives a keyed
 * hash (HMAC-SHA-256) so that equal values can be found and kept unique without decrypting.
 * The key comes from configuration ({@code PII_KEY}, 32 bytes in base64); only the local and
 * test profiles carry a built-in key.
 * <p>
 * Each thread keeps its own {@link Cipher} and {@link Mac} (neither is thread-safe), rather than
 * looking the algorithm up among the security providers for every value: a page of 200 members
 * decrypts 400 values (bench/read-path.sh). A cipher is initialised again for every call, so each
 * encryption still gets a fresh random nonce, and a failed decryption leaves nothing behind for the
 * next call.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);
    private final ThreadLocal<Mac> macs;

    public PersonalDataCipher(@ConfigProperty(name = "party.pii.key") String base64Key) {
        byte[] key = Base64.getDecoder().decode(base64Key);
        if (key.length != 32) {
            throw new IllegalArgumentException("party.pii.key must be 32 bytes in base64");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.hashKey = new SecretKeySpec(key, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(() -> newMac(hashKey));
    }

    /**
     * Nothing to do: calling it creates this bean, whose constructor refuses a missing or malformed
     * key. Services that keep personal data call it at start, so they fail then rather than on the
     * first request that needs the key; services without personal data never create the bean.
     */
    public void requireKey() {
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored personal data cannot be decrypted with the configured key", e);
        }
    }

    /** A deterministic keyed hash for lookups and unique keys; reveals nothing without the key. */
    public String blindIndex(String plain) {
        if (plain == null) {
            return null;
        }
        // doFinal leaves the Mac reset and initialised with the key, ready for the next value
        return HexFormat.of().formatHex(macs.get().doFinal(plain.getBytes(StandardCharsets.UTF_8)));
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from the JDK", e);
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 failed", e);
        }
    }
}
