package cn.partybuilding.common.id;

import java.security.SecureRandom;

/**
 * Time-ordered, application-generated ids (ULID: 48-bit millisecond time + 80 random bits, 26
 * Crockford base-32 characters). They sort by creation time, so keyset pages follow insertion
 * order and batch inserts need no database round trip for keys. Within one millisecond the random
 * part is incremented, so ids from one process are strictly increasing.
 */
public final class Ulid {

    public static final int LENGTH = 26;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static long lastMillis;
    private static long randomHigh; // 16 bits
    private static long randomLow;  // 64 bits

    private Ulid() {
    }

    public static String next() {
        long millis;
        long high;
        long low;
        synchronized (Ulid.class) {
            millis = System.currentTimeMillis();
            if (millis > lastMillis) {
                lastMillis = millis;
                randomHigh = RANDOM.nextInt(1 << 16);
                randomLow = RANDOM.nextLong();
            } else {
                millis = lastMillis;
                randomLow++;
                if (randomLow == 0) {
                    randomHigh = (randomHigh + 1) & 0xFFFF;
                    if (randomHigh == 0) {
                        lastMillis++; // 80 random bits exhausted within one ms: borrow the next ms
                        millis = lastMillis;
                    }
                }
            }
            high = randomHigh;
            low = randomLow;
        }
        return encode(millis, high, low);
    }

    static String encode(long millis, long high16, long low64) {
        char[] out = new char[LENGTH];
        // 10 chars of time (50 bits, top 2 zero)
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // 16 chars of randomness (80 bits = 16 high bits + 64 low bits)
        long lo = low64;
        long hi = high16;
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo = (lo >>> 5) | ((hi & 31) << 59);
            hi >>>= 5;
        }
        return new String(out);
    }

    /** Whether the value has the shape of an id: saves a query for ids that cannot exist. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'L' && c != 'O' && c != 'U'))) {
                return false;
            }
        }
        return value.charAt(0) <= '7';
    }
}
