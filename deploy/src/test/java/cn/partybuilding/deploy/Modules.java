package cn.partybuilding.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a deployable module reads from its environment: the {@code ${VAR}} and {@code ${VAR:default}}
 * references of its application.properties and of the microprofile-config.properties of the shared
 * modules it depends on (from its pom, transitively), outside the local, dev and test profiles.
 */
final class Modules {

    static final Set<String> DEPLOYABLE = Set.of("gateway", "branch-service", "activity-service", "volunteer-service", "assessment-service");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern ARTIFACT = Pattern.compile("<artifactId>([^<]+)</artifactId>");
    private static final Pattern PROFILE = Pattern.compile("^%(?!prod\\.)[^.]+\\.");

    private Modules() {
    }

    /** The environment of one module: every variable it reads, with its default ("" for none). */
    record Settings(String module, Map<String, String> defaults, Properties properties) {

        Set<String> reads() {
            return defaults.keySet();
        }

        /** Variables without a default, or with an empty one: a deployment has to give them a value. */
        Set<String> required() {
            var required = new LinkedHashSet<String>();
            defaults.forEach((variable, value) -> {
                if (value.isEmpty()) {
                    required.add(variable);
                }
            });
            return required;
        }

        /** The HTTP port: quarkus.http.port's default, or PORT where the deployment sets it. */
        int port(Map<String, String> environment) {
            var port = environment.get("PORT");
            if (port != null) {
                return Integer.parseInt(port);
            }
            var matcher = REFERENCE.matcher(properties.getProperty("quarkus.http.port"));
            return Integer.parseInt(matcher.find() ? matcher.group(2) : properties.getProperty("quarkus.http.port"));
        }

        /** The image the build names: quarkus.container-image.group/name:tag. */
        String image() {
            return "%s/%s:%s".formatted(property("quarkus.container-image.group"),
                    property("quarkus.application.name"), projectVersion());
        }

        private String property(String key) {
            var value = properties.getProperty(key);
            if (value == null) {
                throw new AssertionError(module + " has no " + key);
            }
            return value;
        }
    }

    static Settings settings(String module) {
        var modules = artifactDirectories();
        var directories = new LinkedHashSet<String>();
        collect(module, modules, directories);
        var defaults = new TreeMap<String, String>();
        var properties = new Properties();
        // the shared modules first: the module's own application.properties overrides them
        directories.stream().filter(directory -> !directory.equals(module)).forEach(directory ->
                read(Manifests.REPOSITORY.resolve(directory + "/src/main/resources/META-INF/microprofile-config.properties"),
                        defaults, properties));
        read(Manifests.REPOSITORY.resolve(module + "/src/main/resources/application.properties"), defaults, properties);
        return new Settings(module, defaults, properties);
    }

    static String projectVersion() {
        var pom = readString(Manifests.REPOSITORY.resolve("pom.xml"));
        var matcher = Pattern.compile("<artifactId>party-building-suite</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        if (!matcher.find()) {
            throw new AssertionError("no version in the root pom");
        }
        return matcher.group(1);
    }

    private static void collect(String directory, Map<String, String> modules, Set<String> directories) {
        if (!directories.add(directory)) {
            return;
        }
        var dependencies = DEPENDENCY.matcher(readString(Manifests.REPOSITORY.resolve(directory + "/pom.xml")));
        while (dependencies.find()) {
            var dependency = dependencies.group(1);
            var artifact = ARTIFACT.matcher(dependency);
            if (!dependency.contains("<scope>test</scope>") && artifact.find() && modules.containsKey(artifact.group(1))) {
                collect(modules.get(artifact.group(1)), modules, directories);
            }
        }
    }

    /** artifactId → directory of every module of the root pom. */
    private static Map<String, String> artifactDirectories() {
        var modules = new HashMap<String, String>();
        var listed = Pattern.compile("<module>([^<]+)</module>").matcher(readString(Manifests.REPOSITORY.resolve("pom.xml")));
        while (listed.find()) {
            var pom = readString(Manifests.REPOSITORY.resolve(listed.group(1) + "/pom.xml"));
            var own = ARTIFACT.matcher(pom.substring(pom.indexOf("</parent>")));
            if (own.find()) {
                modules.put(own.group(1), listed.group(1));
            }
        }
        return modules;
    }

    private static void read(Path file, Map<String, String> defaults, Properties properties) {
        if (!Files.exists(file)) {
            return;
        }
        var loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        loaded.forEach((key, value) -> {
            if (PROFILE.matcher((String) key).find()) {
                return;
            }
            properties.setProperty((String) key, (String) value);
            var references = REFERENCE.matcher((String) value);
            while (references.find()) {
                var fallback = references.group(2) == null ? "" : references.group(2);
                // a variable read twice needs a value if either place has no default
                defaults.merge(references.group(1), fallback, (first, second) -> first.isEmpty() || second.isEmpty() ? "" : first);
            }
        });
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
