package cn.partybuilding.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTimeCustomizerTest {

    /** Zones with whole-hour, half-hour and 45-minute offsets, summer time, zero, and seconds before 1901. */
    @ParameterizedTest
    @ValueSource(strings = {"Asia/Shanghai", "UTC", "America/St_Johns", "Asia/Kathmandu", "Europe/Paris", "America/Los_Angeles"})
    void writesAnInstantAsTheIsoFormatterDoes(String zoneName) {
        ZoneId zone = ZoneId.of(zoneName);
        LocalTimeCustomizer customizer = new LocalTimeCustomizer(zoneName);
        Random random = new Random(zoneName.hashCode());
        long from = Instant.parse("0900-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        int[] nanos = {0, 1, 10, 500_000_000, 123_456_000, 123_456_789, 999_999_999, 84_736_000};
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(from + (long) (random.nextDouble() * (to - from)), nanos[i % nanos.length]);
            assertEquals(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone)), customizer.format(instant), instant::toString);
        }
    }
}
