package cn.partybuilding.common.idempotency;

import cn.partybuilding.common.persistence.StoredTime;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code idempotency_key} table of the service's own schema (created by the shared changelog
 * {@code db/common/idempotency.sql}). Plain JDBC in autocommit: a claim must be visible to a
 * concurrent retry at once, outside the business transaction.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** What a claim found: nothing (we own the key now), or an earlier request's row. */
    public record Existing(String requestHash, Integer status, String body, String location, String etag) {
    }

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "party.idempotency.ttl", defaultValue = "PT24H")
    Duration ttl;

    /** A request still "in progress" after this long died half-way; its key may be taken again. */
    @ConfigProperty(name = "party.idempotency.abandoned-after", defaultValue = "PT1M")
    Duration abandonedAfter;

    /** Claims the key for this request, or returns the row of the request that holds it. */
    public Optional<Existing> claim(String caller, String key, String requestHash) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 2; attempt++) {
                if (insert(connection, caller, key, requestHash)) {
                    purgeExpired(connection);
                    return Optional.empty();
                }
                Optional<Existing> existing = find(connection, caller, key);
                if (existing.isPresent()) {
                    return existing;
                }
                // deleted as expired or abandoned between our insert and select: try again
            }
            throw new SQLException("Idempotency key could not be claimed");
        }
    }

    public void complete(String caller, String key, int status, String body, String location, String etag)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE idempotency_key SET status_code = ?, response_body = ?, location = ?, etag = ?"
                             + " WHERE caller = ? AND idem_key = ?")) {
            update.setInt(1, status);
            update.setString(2, body);
            update.setString(3, location);
            update.setString(4, etag);
            update.setString(5, caller);
            update.setString(6, key);
            update.executeUpdate();
        }
    }

    /** Frees the key of a request that failed, so that a retry runs it again. */
    public void release(String caller, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND status_code IS NULL")) {
            delete.setString(1, caller);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }

    private boolean insert(Connection connection, String caller, String key, String requestHash) throws SQLException {
        Instant now = StoredTime.now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO idempotency_key (caller, idem_key, request_hash, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, caller);
            insert.setString(2, key);
            insert.setString(3, requestHash);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now.plus(ttl)));
            insert.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            return false;
        }
    }

    private Optional<Existing> find(Connection connection, String caller, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT request_hash, status_code, response_body, location, etag, created_at, expires_at"
                        + " FROM idempotency_key WHERE caller = ? AND idem_key = ?")) {
            select.setString(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant now = StoredTime.now();
                Integer status = (Integer) row.getObject("status_code");
                boolean expired = row.getTimestamp("expires_at").toInstant().isBefore(now);
                boolean abandoned = status == null
                        && row.getTimestamp("created_at").toInstant().plus(abandonedAfter).isBefore(now);
                if (expired || abandoned) {
                    delete(connection, caller, key);
                    return Optional.empty();
                }
                return Optional.of(new Existing(row.getString("request_hash"), status, row.getString("response_body"),
                        row.getString("location"), row.getString("etag")));
            }
        }
    }

    private void delete(Connection connection, String caller, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ?")) {
            delete.setString(1, caller);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }

    /** Expired keys are swept a few at a time by the requests that add keys: no scheduler needed. */
    private void purgeExpired(Connection connection) throws SQLException {
        try (PreparedStatement purge = connection.prepareStatement(
                "DELETE FROM idempotency_key WHERE expires_at < ? LIMIT 20")) {
            purge.setTimestamp(1, Timestamp.from(StoredTime.now()));
            purge.executeUpdate();
        }
    }
}
