package cn.partybuilding.common.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Now, to the microsecond the DATETIME(6) columns keep: the services' clock, for what they store and
 * what they compare with stored times. The database would round away the nanoseconds of
 * {@link Instant#now()}: a write's answer would then show another time than every later read of the
 * same row. The columns hold UTC (hibernate-orm.jdbc.timezone): plain JDBC reads and binds them
 * here as Hibernate does.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A DATETIME(6) column of a plain JDBC row, or null. */
    public static Instant read(ResultSet row, int column) throws SQLException {
        LocalDateTime stored = row.getObject(column, LocalDateTime.class);
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    /** An instant as a plain JDBC statement binds it to a DATETIME(6) column. */
    public static LocalDateTime stored(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
