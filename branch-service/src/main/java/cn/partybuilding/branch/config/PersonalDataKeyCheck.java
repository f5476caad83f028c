package cn.partybuilding.branch.config;

import cn.partybuilding.common.pii.PersonalDataCipher;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Refuses to start without a valid PII_KEY, instead of failing on the first member request. */
@ApplicationScoped
public class PersonalDataKeyCheck {

    @Inject
    PersonalDataCipher cipher;

    void onStart(@Observes StartupEvent event) {
        cipher.blindIndex("startup check");
    }
}
