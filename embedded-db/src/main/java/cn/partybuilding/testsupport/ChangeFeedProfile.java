package cn.partybuilding.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The change feed tests wait for gaps in the audit trail to settle: a short transaction timeout
 * and, as in production, a settle time above it, so a rolled-back gap holds a reader for seconds,
 * not a minute.
 */
public class ChangeFeedProfile implements QuarkusTestProfile {

    public static final int SETTLE_SECONDS = 12;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.transaction-manager.default-transaction-timeout", "10s",
                "party.changes.settle-time", "PT" + SETTLE_SECONDS + "S");
    }
}
