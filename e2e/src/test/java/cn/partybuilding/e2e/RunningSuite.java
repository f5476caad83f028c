package cn.partybuilding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The real suite, started from the built jars as in {@code ./suite run} (dev/launch.sh): the embedded
 * MariaDB on a free port with a fresh data directory, then every service and the gateway on free
 * ports, each with its module's jvm.options, and the demo data loaded by dev-tools once the services
 * have created their tables. {@link #close()} stops them all and removes the data directory.
 */
final class RunningSuite implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RunningSuite.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration DEMO_DATA_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(20);
    /** MariaDB shuts down cleanly on SIGTERM; only a server that hangs is killed. */
    private static final Duration DATABASE_STOP_GRACE = Duration.ofSeconds(60);
    /**
     * The gateway's per-caller budget, raised as an operator would (RATE_LIMIT_PER_MINUTE): the
     * contract fuzz sends thousands of requests a minute as one caller, and must meet the services,
     * not 429s.
     */
    private static final int RATE_LIMIT_PER_MINUTE = 1_000_000;

    private final Path repoRoot;
    private final Path logDir;
    private final Path dataDir;
    /** Set for every service and the gateway on top of their own (e.g. the token issuer to trust). */
    private final Map<String, String> serviceEnvironment;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<SuiteProcess> services = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private SuiteProcess database;
    private URI gatewayUrl;

    private RunningSuite(Path repoRoot, Path logDir, Path dataDir, Map<String, String> serviceEnvironment) {
        this.repoRoot = repoRoot;
        this.logDir = logDir;
        this.dataDir = dataDir;
        this.serviceEnvironment = Map.copyOf(serviceEnvironment);
    }

    /** Starts the suite; on failure whatever was started is stopped again. */
    static RunningSuite start() {
        return start("", Map.of());
    }

    /**
     * Starts a suite whose services and gateway also get {@code serviceEnvironment}; their logs are
     * named with {@code logPrefix}, so a second suite in the same run keeps its own.
     */
    static RunningSuite start(String logPrefix, Map<String, String> serviceEnvironment) {
        Path repoRoot = Path.of(System.getProperty("e2e.repo-root", "..")).toAbsolutePath().normalize();
        Path logDir = Path.of(System.getProperty("e2e.log-dir", "target/suite-logs")).toAbsolutePath().resolve(logPrefix);
        RunningSuite suite;
        try {
            Files.createDirectories(logDir);
            suite = new RunningSuite(repoRoot, logDir, Files.createTempDirectory("party-e2e-"), serviceEnvironment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a Ctrl-C of the build must not leave a database and two services behind
        Runtime.getRuntime().addShutdownHook(new Thread(suite::close, "e2e-suite-stop"));
        try {
            suite.startAll();
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** The gateway's base address, e.g. {@code http://127.0.0.1:41234}, without a trailing slash. */
    URI gatewayUrl() {
        return gatewayUrl;
    }

    /** The process of a service or of the gateway, for a test that stops it. */
    SuiteProcess process(String module) {
        return services.stream().filter(process -> process.name().equals(module)).findFirst().orElseThrow();
    }

    /** A token for a system administrator, signed by the gateway's {@code POST /dev/token}. */
    String systemAdminToken() {
        return token(JSON.createObjectNode().put("subject", "e2e-admin").set("roles", JSON.createArrayNode().add("SYSTEM_ADMIN")));
    }

    /** A token for an administrator of the organization {@code orgId} (and its subtree). */
    String orgAdminToken(String orgId) {
        return token(JSON.createObjectNode().put("subject", "e2e-org-admin").put("orgId", orgId)
                .set("roles", JSON.createArrayNode().add("ORG_ADMIN")));
    }

    /** A token for a machine client of {@code orgId}'s subtree, with these OAuth2 scopes (none: read-only). */
    String machineClientToken(String orgId, String... scopes) {
        ArrayNode granted = JSON.createArrayNode();
        for (String scope : scopes) {
            granted.add(scope);
        }
        ObjectNode claims = JSON.createObjectNode().put("subject", "e2e-gov-exchange").put("orgId", orgId);
        claims.set("roles", JSON.createArrayNode().add("API_CLIENT"));
        claims.set("scopes", granted);
        return token(claims);
    }

    /** A token for the member {@code memberId} (the subject names the member record). */
    String memberToken(String memberId) {
        return token(JSON.createObjectNode().put("subject", memberId).set("roles", JSON.createArrayNode().add("MEMBER")));
    }

    private String token(JsonNode claims) {
        HttpRequest request = HttpRequest.newBuilder(gatewayUrl.resolve("/dev/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(claims.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST /dev/token answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode token = JSON.readTree(response.body()).path("accessToken");
            if (!token.isTextual() || token.asText().isBlank()) {
                throw new IllegalStateException("POST /dev/token gave no accessToken: " + response.body());
            }
            return token.asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching a token", e);
        }
    }

    private void startAll() {
        int dbPort = freePort();
        database = launch("embedded-db", List.of("-jar", jar("embedded-db/target/embedded-db.jar"),
                String.valueOf(dbPort), dataDir.resolve("mariadb").toString()), Map.of());
        database.awaitLogLine("READY ", READY_TIMEOUT);

        String dbUrl = "jdbc:mysql://127.0.0.1:" + dbPort;
        String branchUrl = "http://127.0.0.1:" + freePort();
        String activityUrl = "http://127.0.0.1:" + freePort();
        String volunteerUrl = "http://127.0.0.1:" + freePort();
        String assessmentUrl = "http://127.0.0.1:" + freePort();
        gatewayUrl = URI.create("http://127.0.0.1:" + freePort());
        // all start at once (none needs another to start), then each is awaited
        Map<String, String> backends = Map.of(
                "branch-service", branchUrl,
                "activity-service", activityUrl,
                "volunteer-service", volunteerUrl,
                "assessment-service", assessmentUrl);
        Map<String, SuiteProcess> started = new LinkedHashMap<>();
        backends.forEach((module, url) -> started.put(url, launchService(module, Map.of(
                "DB_URL", dbUrl,
                "PORT", port(url),
                "BRANCH_SERVICE_URL", branchUrl,
                "ACTIVITY_SERVICE_URL", activityUrl,
                "VOLUNTEER_SERVICE_URL", volunteerUrl))));
        SuiteProcess gateway = launchService("gateway", Map.of(
                "PORT", port(gatewayUrl.toString()),
                "BRANCH_SERVICE_URL", branchUrl,
                "ACTIVITY_SERVICE_URL", activityUrl,
                "VOLUNTEER_SERVICE_URL", volunteerUrl,
                "ASSESSMENT_SERVICE_URL", assessmentUrl,
                "RATE_LIMIT_PER_MINUTE", String.valueOf(RATE_LIMIT_PER_MINUTE)));
        // the demo data goes into the schemas the services create as they start
        started.forEach((url, service) -> service.awaitHttpOk(http, URI.create(url + "/q/health/ready"), READY_TIMEOUT));
        launch("dev-tools", List.of("-jar", jar("dev-tools/target/dev-tools.jar"), "generate", "demo"), Map.of("DB_URL", dbUrl))
                .awaitSuccess(DEMO_DATA_TIMEOUT);
        gateway.awaitHttpOk(http, gatewayUrl.resolve("/q/health/ready"), READY_TIMEOUT);
        LOG.info(() -> "The suite is running; gateway at " + gatewayUrl + ", logs in " + logDir);
    }

    private SuiteProcess launch(String name, List<String> javaArguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArguments);
        return SuiteProcess.start(name, command, environment, repoRoot, logDir);
    }

    private SuiteProcess launchService(String module, Map<String, String> environment) {
        // the local profile reads dev/jwt/ relative to the working directory, the repository root
        List<String> arguments = new ArrayList<>(List.of("-Dquarkus.profile=local"));
        arguments.addAll(jvmOptions(module));
        arguments.addAll(List.of("-jar", jar(module + "/target/quarkus-app/quarkus-run.jar")));
        Map<String, String> merged = new LinkedHashMap<>(serviceEnvironment);
        merged.putAll(environment);
        SuiteProcess service = launch(module, arguments, merged);
        services.add(service);
        return service;
    }

    /**
     * The JVM options a module ships with (MODULE/jvm.options, read as dev/launch.sh reads it): the
     * lines not starting with #, split into words.
     */
    private List<String> jvmOptions(String module) {
        Path file = repoRoot.resolve(module).resolve("jvm.options");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(word -> !word.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String jar(String relativePath) {
        Path jar = repoRoot.resolve(relativePath);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build the suite first (./mvnw -B verify from the root)");
        }
        return jar.toString();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Stopping the suite");
        // services first: they hold connections to the database
        // each in parallel: they stop independently, and one at a time would add up their shutdowns
        services.parallelStream().forEach(service -> service.stop(SERVICE_STOP_GRACE));
        if (database != null) {
            database.stop(DATABASE_STOP_GRACE);
        }
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete " + dir + ": " + e);
        }
    }

    private static String port(String url) {
        return String.valueOf(URI.create(url).getPort());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
