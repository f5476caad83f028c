package cn.partybuilding.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of {@code @Past}, {@code @PastOrPresent} and the like: China's, so that a join date of
 * today in China is not refused as "in the future" by a server on UTC between 00:00 and 08:00.
 * Quarkus hands a {@link ClockProvider} bean to its validator factory.
 */
@ApplicationScoped
public class ChinaClockProvider implements ClockProvider {

    private static final Clock CHINA = Clock.system(ChinaTime.ZONE);

    @Override
    public Clock getClock() {
        return CHINA;
    }
}
