package cn.partybuilding.volunteer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A short transaction timeout and settle time, so a gap in the audit trail holds a feed test for seconds. */
public class ChangeFeedProfile implements QuarkusTestProfile {

    public static final int SETTLE_SECONDS = 12;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.transaction-manager.default-transaction-timeout", "10s",
                "party.changes.settle-time", "PT" + SETTLE_SECONDS + "S");
    }
}
