package cn.partybuilding.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Now, to the microsecond the DATETIME(6) columns keep: the services' clock, for what they store and
 * what they compare with stored times. The database would round away the nanoseconds of
 * {@link Instant#now()}: a write's answer would then show another time than every later read of the
 * same row.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
