package cn.partybuilding.branch.config;

import cn.partybuilding.branch.service.DataGenerator;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads data at start when {@code party.seed.scale} asks for it: the demo set into an empty
 * database (the local run), or a generated city or province (./suite generate), after which the
 * process exits when {@code party.seed.exit} is set.
 */
@ApplicationScoped
public class SeedDataLoader {

    private static final Logger LOG = Logger.getLogger(SeedDataLoader.class);

    @Inject
    DataGenerator generator;

    @ConfigProperty(name = "party.seed.scale")
    String scale;

    @ConfigProperty(name = "party.seed.exit")
    boolean exitAfterwards;

    void onStart(@Observes StartupEvent event) throws SQLException {
        if (scale.isBlank() || scale.equalsIgnoreCase("none")) {
            return;
        }
        DataGenerator.Scale chosen = DataGenerator.Scale.valueOf(scale.toUpperCase(Locale.ROOT));
        if (chosen == DataGenerator.Scale.DEMO && !generator.isEmpty()) {
            LOG.info("Demo data not loaded: the database already holds organizations");
        } else {
            long started = System.nanoTime();
            DataGenerator.Result result = generator.generate(chosen);
            LOG.infof("Loaded %s data: %d organizations, %d members in %d ms", chosen, result.organizations(),
                    result.members(), (System.nanoTime() - started) / 1_000_000);
        }
        if (exitAfterwards) {
            Quarkus.asyncExit(0);
        }
    }
}
