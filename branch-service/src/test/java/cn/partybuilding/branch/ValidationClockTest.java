package cn.partybuilding.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.partybuilding.common.time.ChinaTime;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.Test;

/**
 * {@code @PastOrPresent} on a join or birth date judges "today" on China's calendar, not the
 * server's: a member admitted today in China is not refused by a server on UTC before 08:00.
 */
@QuarkusTest
class ValidationClockTest {

    @Inject
    ValidatorFactory validation;

    @Test
    void temporalConstraintsReadChinasClock() {
        assertEquals(ChinaTime.ZONE, validation.getClockProvider().getClock().getZone());
    }
}
