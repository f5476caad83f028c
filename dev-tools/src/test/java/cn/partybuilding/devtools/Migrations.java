package cn.partybuilding.devtools;

import cn.partybuilding.devtools.generate.Part;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * The services' own Liquibase changelogs, applied as they apply them at start: so a migration that
 * breaks a generator fails this module's build. A changelog's files come from the service's
 * resources; the shared ones it includes (db/common/...) from the classpath, where the shared
 * module that owns them puts them.
 */
final class Migrations {

    private Migrations() {
    }

    static void apply(String serverUrl, Path repositoryRoot, Part part) throws Exception {
        Path resources = repositoryRoot.resolve(part.service()).resolve("src/main/resources");
        try (Connection connection = DriverManager.getConnection(
                serverUrl + "/" + part.schema() + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionTimeZone=UTC", "root", "")) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            var files = new CompositeResourceAccessor(new DirectoryResourceAccessor(resources), new ClassLoaderResourceAccessor());
            try (Liquibase liquibase = new Liquibase("db/changelog.yaml", files, database)) {
                liquibase.update("");
            }
        }
    }
}
