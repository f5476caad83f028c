package cn.partybuilding.activity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.partybuilding.activity.domain.CheckInCode;
import cn.partybuilding.common.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CheckInCodesTest {

    private static final String KEY = "Zm9yIGxvY2FsIHJ1bnMgb25seTogMzItYnl0ZSBjaGVjay1pbiBrZXk=";
    private static final Instant NOW = Instant.parse("2026-11-28T06:30:00Z");

    private static CheckInCodes at(Instant instant) {
        return new CheckInCodes(KEY, Duration.ofMinutes(2), Clock.fixed(instant, ZoneOffset.UTC));
    }

    private static ActivityError failure(Runnable verification) {
        return (ActivityError) assertThrows(ProblemException.class, verification::run).errorCode();
    }

    @Test
    void aCodeIsValidForItsActivityUntilItExpires() {
        CheckInCode code = at(NOW).issue("A1");
        assertEquals(NOW.plusSeconds(120), code.expiresAt());
        at(NOW.plusSeconds(120)).verify("A1", code.value());
        assertEquals(ActivityError.CHECK_IN_CODE_EXPIRED, failure(() -> at(NOW.plusSeconds(121)).verify("A1", code.value())));
        assertEquals(ActivityError.INVALID_CHECK_IN_CODE, failure(() -> at(NOW).verify("A2", code.value())));
    }

    @Test
    void tamperedOrMalformedCodesAreInvalid() {
        String code = at(NOW).issue("A1").value();
        String[] parts = code.split("\\.");
        String extended = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2];
        assertEquals(ActivityError.INVALID_CHECK_IN_CODE, failure(() -> at(NOW).verify("A1", extended)));
        assertEquals(ActivityError.INVALID_CHECK_IN_CODE, failure(() -> at(NOW).verify("A1", "garbage")));
        assertEquals(ActivityError.INVALID_CHECK_IN_CODE, failure(() -> at(NOW).verify("A1", null)));
        CheckInCodes otherKey = new CheckInCodes("b3RoZXIga2V5IG9mIHRoaXJ0eS10d28gYnl0ZXMgb3IgbW9yZSE=",
                Duration.ofMinutes(2), Clock.fixed(NOW, ZoneOffset.UTC));
        assertEquals(ActivityError.INVALID_CHECK_IN_CODE, failure(() -> otherKey.verify("A1", code)));
        assertThrows(IllegalArgumentException.class, () -> new CheckInCodes("c2hvcnQ=", Duration.ofMinutes(2)));
    }
}
