package cn.partybuilding.devtools.generate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The MySQL-compatible server that holds the services' schemas, named as the services take it
 * ({@code DB_URL} without a schema, {@code DB_USER}, {@code DB_PASSWORD}). Connections use the
 * services' options (UTC session time zone, batches rewritten into multi-row inserts) and do not
 * commit on their own.
 */
public record Database(String serverUrl, String user, String password) {

    private static final String OPTIONS = "?characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
            + "&rewriteBatchedStatements=true&useServerPrepStmts=false&cachePrepStmts=true";

    public Connection open(Part part) throws SQLException {
        return open(part.schema());
    }

    Connection open(String schema) throws SQLException {
        Connection connection = DriverManager.getConnection(serverUrl + "/" + schema + OPTIONS, user, password);
        connection.setAutoCommit(false);
        return connection;
    }

    /** Whether the service's migrations have run: its schema has the part's marker table. */
    boolean isMigrated(Part part) throws SQLException {
        try (Connection c = open("");
             PreparedStatement query = c.prepareStatement(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            query.setString(1, part.schema());
            query.setString(2, part.markerTable);
            return count(query) > 0;
        }
    }

    boolean isEmpty(Part part) throws SQLException {
        try (Connection c = open(part);
             PreparedStatement query = c.prepareStatement("SELECT COUNT(*) FROM " + part.markerTable)) {
            return count(query) == 0;
        }
    }

    private static long count(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
