package cn.partybuilding.devtools;

import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.security.LocalTokens;
import cn.partybuilding.devtools.generate.Database;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The settings of the local profile, as the services have them under ./suite: common's
 * META-INF/microprofile-config.properties (the local personal-data key, issuer and signing key),
 * overridden by environment variables and system properties (PII_KEY, DB_URL...).
 */
final class LocalSettings {

    static final String PROFILE = "local";

    private final SmallRyeConfig config = new SmallRyeConfigBuilder()
            .addDefaultSources()
            .addDefaultInterceptors()
            .withProfile(PROFILE)
            .build();

    /** Personal data encrypted as branch-service does it with its local key. */
    PersonalDataCipher cipher() {
        return new PersonalDataCipher(config.getValue("party.pii.key", String.class));
    }

    LocalTokens tokens() {
        return LocalTokens.of(config);
    }

    /** The server named as the services take it: DB_URL (without a schema), DB_USER, DB_PASSWORD. */
    Database database() {
        return new Database(value("DB_URL", "jdbc:mysql://127.0.0.1:3306"), value("DB_USER", "root"), value("DB_PASSWORD", ""));
    }

    private String value(String name, String otherwise) {
        return config.getOptionalValue(name, String.class).orElse(otherwise);
    }
}
