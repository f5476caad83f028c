package cn.partybuilding.common.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain SQL select with its positional parameters, for the hot reads that skip Hibernate's entity
 * loading: conditions of absent filters are left out, instants are bound as the DATETIME(6) columns
 * keep them ({@link StoredTime}) and enums by name, as Hibernate stores them.
 */
public final class PlainQuery {

    /** Reads one row, by position. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public PlainQuery(String sql, Object... parameters) {
        append(sql, parameters);
    }

    public PlainQuery append(String sql, Object... parameters) {
        this.sql.append(sql);
        for (Object parameter : parameters) {
            this.parameters.add(bound(parameter));
        }
        return this;
    }

    /** Another query within this one, a derived table for instance, with its parameters in place. */
    public PlainQuery append(PlainQuery inner) {
        sql.append(inner.sql);
        parameters.addAll(inner.parameters);
        return this;
    }

    /** {@code " AND " + condition} with its one parameter, or nothing when the value is absent. */
    public PlainQuery and(String condition, Object value) {
        return value == null ? this : append(" AND " + condition, value);
    }

    public <T> List<T> list(Connection connection, RowReader<T> reader) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        }
    }

    private static Object bound(Object parameter) {
        if (parameter instanceof Instant instant) {
            return StoredTime.stored(instant);
        }
        return parameter instanceof Enum<?> constant ? constant.name() : parameter;
    }
}
