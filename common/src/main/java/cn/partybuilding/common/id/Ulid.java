package cn.partybuilding.common.id;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Time-ordered, application-generated ids (ULID: 48-bit millisecond time + 80 random bits, 26
 * Crockford base-32 characters). They sort by creation time, so keyset pages follow insertion
 * order and batch inserts need no database round trip for keys. Within one millisecond the random
 * part is incremented, so ids from one process are strictly increasing.
 * <p>
 * Lock-free: the last id's state is swapped in with a compare-and-set, so request ids made on the
 * event loops never wait for a monitor (a {@code synchronized} generator made them wait up to 15 ms
 * under load, bench/read-path.sh). A thread that loses the race retries with the winner's state.
 */
public final class Ulid {

    public static final int LENGTH = 26;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The time and the 80 random bits of an id (16 high, 64 low); immutable, swapped whole. */
    record State(long millis, long high, long low) {

        /** The id after this one at {@code now}: a fresh random part in a new millisecond, else this one's plus one. */
        State next(long now, SecureRandom random) {
            if (now > millis) {
                return new State(now, random.nextInt(1 << 16), random.nextLong());
            }
            long nextLow = low + 1;
            long nextHigh = nextLow == 0 ? (high + 1) & 0xFFFF : high;
            if (nextLow == 0 && nextHigh == 0) {
                return new State(millis + 1, 0, 0); // 80 random bits exhausted within one ms: borrow the next ms
            }
            return new State(millis, nextHigh, nextLow);
        }
    }

    private static final AtomicReference<State> LAST = new AtomicReference<>(new State(0, 0, 0));

    private Ulid() {
    }

    public static String next() {
        State last;
        State next;
        do {
            last = LAST.get();
            next = last.next(System.currentTimeMillis(), RANDOM);
        } while (!LAST.compareAndSet(last, next));
        return encode(next.millis(), next.high(), next.low());
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
