package cn.partybuilding.embeddeddb;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real MySQL-compatible server: the one named by {@code DB_URL}
 * when set (e.g. a MySQL 8 in CI), otherwise an embedded MariaDB on a free port with a throw-away
 * data directory that is removed afterwards.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedMariaDb db;
    private Path dataDir;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of();
        }
        try {
            dataDir = Files.createTempDirectory("party-test-db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = EmbeddedMariaDb.start(0, dataDir.resolve("data"));
        return Map.of("party.db.server-url", db.serverUrl(), "party.db.username", "root", "party.db.password", "");
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
            EmbeddedMariaDb.deleteRecursively(dataDir.toFile());
        }
    }
}
