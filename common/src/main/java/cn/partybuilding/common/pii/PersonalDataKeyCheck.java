package cn.partybuilding.common.pii;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Refuses to start without a valid PII_KEY, instead of failing on the first request that needs it.
 * Only in services that keep personal data ({@code party.pii.enabled=true} at build time).
 */
@ApplicationScoped
@IfBuildProperty(name = "party.pii.enabled", stringValue = "true")
public class PersonalDataKeyCheck {

    @Inject
    PersonalDataCipher cipher;

    void onStart(@Observes StartupEvent event) {
        cipher.blindIndex("startup check");
    }
}
