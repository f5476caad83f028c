package cn.partybuilding.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/** One child process of the suite (the database or a service), its output in a log file of its own. */
final class SuiteProcess {

    private static final Logger LOG = Logger.getLogger(SuiteProcess.class.getName());
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Path log;

    private SuiteProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static SuiteProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
            Path logDir) {
        Path log = logDir.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            LOG.info(() -> "Starting " + name + " (log: " + log + ")");
            return new SuiteProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until the log has a line starting with {@code prefix} (the embedded database's READY line). */
    void awaitLogLine(String prefix, Duration timeout) {
        awaitCondition("a line starting with '" + prefix + "'", timeout,
                () -> readLog().lines().anyMatch(line -> line.startsWith(prefix)));
    }

    /** Waits until {@code url} answers 200. */
    void awaitHttpOk(HttpClient http, URI url, Duration timeout) {
        awaitCondition("200 from " + url, timeout, () -> answersOk(http, url));
    }

    /** Waits until the process ends, and fails unless it ends with exit code 0 within {@code timeout}. */
    void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw failure(name + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw failure("Interrupted while waiting for " + name);
        }
        if (process.exitValue() != 0) {
            throw failure(name + " exited with code " + process.exitValue());
        }
        LOG.info(() -> name + " finished");
    }

    String name() {
        return name;
    }

    /** Stops gracefully (SIGTERM) and forcibly, with every process it started, after {@code grace}. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> name + " did not stop within " + grace + "; killing it");
                // collected first: once the parent is gone its children can no longer be found
                List<ProcessHandle> descendants = process.descendants().toList();
                process.destroyForcibly();
                descendants.forEach(ProcessHandle::destroyForcibly);
                process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitCondition(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw failure(name + " exited with code " + process.exitValue() + " before " + what);
            }
            if (System.nanoTime() > deadline) {
                throw failure(name + " gave no " + what + " within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("Interrupted while waiting for " + name);
            }
        }
        LOG.info(() -> name + " is ready");
    }

    private static boolean answersOk(HttpClient http, URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private IllegalStateException failure(String message) {
        List<String> lines = readLog().lines().toList();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        return new IllegalStateException(message + "; last lines of " + log + ":\n" + tail);
    }

    private String readLog() {
        try {
            // the log is still being written: undecodable bytes at a cut-off character are replaced, not fatal
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
