package cn.partybuilding.embeddeddb;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local database for {@code ./suite run}: {@code java -jar embedded-db.jar <port> <dataDir>}.
 * Prints {@code READY <jdbc-url>} when it accepts connections and stops the server on SIGINT/SIGTERM.
 */
public final class EmbeddedDatabaseMain {

    private EmbeddedDatabaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3306;
        Path dataDir = Path.of(args.length > 1 ? args[1] : ".data/mariadb").toAbsolutePath();
        EmbeddedMariaDb db = EmbeddedMariaDb.start(port, dataDir);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            db.close();
            stopped.countDown();
        }, "embedded-mariadb-stop"));
        System.err.println("READY " + db.serverUrl() + " data=" + dataDir);
        stopped.await();
    }
}
