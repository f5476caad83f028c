package cn.partybuilding.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time of a write, to the microsecond the DATETIME(6) columns keep. The database would round
 * away the nanoseconds of {@link Instant#now()}: a write's answer would then show another time than
 * every later read of the same row.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
