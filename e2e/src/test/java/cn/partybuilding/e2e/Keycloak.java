package cn.partybuilding.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keycloak from its server distribution (unpacked by the build into target/keycloak), started in dev
 * mode on free ports with an in-memory database, the realm of deploy/keycloak/party-realm.json
 * imported. The admin REST API does what an operator does in the admin console (users, attributes).
 */
final class Keycloak implements AutoCloseable {

    static final String REALM = "party";
    private static final String ADMIN = "e2e-admin";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SuiteProcess process;
    private final URI url;
    private final String adminPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Keycloak(SuiteProcess process, URI url, String adminPassword) {
        this.process = process;
        this.url = url;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts Keycloak without waiting for it ({@link #awaitReady()}): it takes longer than the suite,
     * so both start at once. {@code environment} fills the realm file's placeholders.
     */
    static Keycloak launch(Map<String, String> environment) {
        Path repoRoot = Path.of(System.getProperty("e2e.repo-root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("e2e.keycloak-home", "target/keycloak/keycloak")).toAbsolutePath();
        Path logDir = Path.of(System.getProperty("e2e.log-dir", "target/suite-logs")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(home + " holds no Keycloak; the e2e build unpacks it (generate-test-resources)");
        }
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(repoRoot.resolve("deploy/keycloak/party-realm.json"), importDir.resolve("party-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Keycloak needs Java 21+; the suite and this test run on 17
        Path javaHome = Path.of(System.getProperty("e2e.keycloak-java-home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        if (!Files.isExecutable(javaHome.resolve("bin/java"))) {
            throw new IllegalStateException("No Java at " + javaHome + " for Keycloak (21+); set -De2e.keycloak-java-home");
        }
        URI url = URI.create("http://127.0.0.1:" + freePort());
        String adminPassword = Long.toString(System.nanoTime(), 36);
        Map<String, String> processEnvironment = new HashMap<>(environment);
        processEnvironment.put("JAVA_HOME", javaHome.toString());
        processEnvironment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        processEnvironment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        SuiteProcess process = SuiteProcess.start("keycloak", List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                        "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + url.getPort(),
                        "--http-management-port=" + freePort(), "--import-realm"),
                processEnvironment, home, logDir);
        Keycloak keycloak = new Keycloak(process, url, adminPassword);
        // a Ctrl-C of the build must not leave Keycloak behind
        Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "e2e-keycloak-stop"));
        return keycloak;
    }

    void awaitReady() {
        process.awaitHttpOk(http, URI.create(issuer() + "/.well-known/openid-configuration"), READY_TIMEOUT);
    }

    /** The realm's issuer, as its tokens name it. */
    String issuer() {
        return url + "/realms/" + REALM;
    }

    /** The realm's signing keys (JWKS). */
    String keysUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** An access token of the client credentials grant. */
    String clientCredentialsToken(String clientId, String secret) {
        return token(REALM, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The same, asking for OAuth2 scopes (space-separated) among the client's optional ones. */
    String clientCredentialsToken(String clientId, String secret, String scope) {
        return token(REALM, Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret,
                "scope", scope));
    }

    /** An access token of the password grant (the client must allow direct access grants). */
    String passwordToken(String clientId, String username, String password) {
        return token(REALM, Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password));
    }

    /** Creates an enabled user of the realm with a password, attributes and realm roles. */
    void createUser(String username, String password, Map<String, String> attributes, String... realmRoles) {
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                .put("email", username + "@example.cn").put("emailVerified", true)
                .put("firstName", username).put("lastName", "e2e");
        ObjectNode userAttributes = user.putObject("attributes");
        attributes.forEach((name, value) -> userAttributes.putArray(name).add(value));
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        admin("POST", "/users", user);
        grantRealmRoles(userId(username), realmRoles);
    }

    /** Sets attributes of an existing user (e.g. the orgId of a client's service account). */
    void setUserAttributes(String username, Map<String, String> attributes) {
        ObjectNode user = (ObjectNode) admin("GET", "/users/" + userId(username), null);
        ObjectNode userAttributes = user.withObjectProperty("attributes");
        attributes.forEach((name, value) -> userAttributes.putArray(name).add(value));
        admin("PUT", "/users/" + user.path("id").asText(), user);
    }

    /** Turns on the password grant for a client, as a test-only setting. */
    void allowDirectAccessGrants(String clientId) {
        JsonNode client = admin("GET", "/clients?clientId=" + clientId, null).path(0);
        admin("PUT", "/clients/" + client.path("id").asText(), ((ObjectNode) client).put("directAccessGrantsEnabled", true));
    }

    /** What a user's own account API answers to changing their attributes: the HTTP status. */
    int userUpdatesOwnAttributes(String userToken, Map<String, String> attributes) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(issuer() + "/account")).header("Authorization", "Bearer " + userToken)
                .header("Accept", "application/json").build();
        ObjectNode account = (ObjectNode) send(get, 200);
        account.remove("userProfileMetadata");
        ObjectNode accountAttributes = account.withObjectProperty("attributes");
        attributes.forEach((name, value) -> accountAttributes.putArray(name).add(value));
        HttpRequest post = HttpRequest.newBuilder(URI.create(issuer() + "/account")).header("Authorization", "Bearer " + userToken)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(account.toString())).build();
        try {
            return http.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void grantRealmRoles(String userId, String... roles) {
        ArrayNode mappings = JSON.createArrayNode();
        for (String role : roles) {
            mappings.add(admin("GET", "/roles/" + role, null));
        }
        admin("POST", "/users/" + userId + "/role-mappings/realm", mappings);
    }

    private String userId(String username) {
        JsonNode users = admin("GET", "/users?exact=true&username=" + username, null);
        if (users.size() != 1) {
            throw new IllegalStateException("No single user " + username + ": " + users);
        }
        return users.path(0).path("id").asText();
    }

    private JsonNode admin(String method, String path, JsonNode body) {
        String adminToken = token("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN, "password", adminPassword));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        return send(request.build(), "GET".equals(method) ? 200 : -1);
    }

    private String token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return send(request, 200).path("access_token").asText();
    }

    /** Sends, and fails unless the status is {@code expected} (-1: any 2xx); the body as JSON (empty: null node). */
    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (expected == -1 ? status / 100 != 2 : status != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + status + ": " + response.body());
            }
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling Keycloak", e);
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
