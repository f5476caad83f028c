package cn.partybuilding.branch.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.partybuilding.embeddeddb.EmbeddedMariaDb;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The test database behaves as production's MySQL 8 does where SQL could differ: sql_mode and time zone. */
@QuarkusTest
class MysqlCompatibilityTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void sessionsRunWithMysql8sDefaultSqlModeOnAUtcServer() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT @@SESSION.sql_mode, @@GLOBAL.time_zone")) {
            row.next();
            assertEquals(Set.of(EmbeddedMariaDb.MYSQL_8_SQL_MODE.split(",")), Set.of(row.getString(1).split(",")));
            assertEquals("+00:00", row.getString(2));
        }
    }

    @Test
    void strictModeRefusesWhatMysql8Refuses() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeQuery(
                    "SELECT parent_id, COUNT(*), name FROM organization GROUP BY parent_id"), "ONLY_FULL_GROUP_BY");
            statement.execute("CREATE TEMPORARY TABLE strict_check (d DATE NOT NULL, n TINYINT NOT NULL)");
            assertThrows(SQLException.class, () -> statement.execute("INSERT INTO strict_check VALUES ('0000-00-00', 1)"),
                    "NO_ZERO_DATE");
            assertThrows(SQLException.class, () -> statement.execute("INSERT INTO strict_check VALUES ('2026-12-02', 300)"),
                    "STRICT_TRANS_TABLES: out of range is an error, not a clipped value");
            assertTrue(statement.execute("SELECT COUNT(*) FROM strict_check"));
        }
    }
}
