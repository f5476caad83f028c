package cn.partybuilding.common.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Timestamps leave in the clients' own time (China Standard Time unless {@code party.time-zone}
 * says otherwise): a meeting planned for {@code 14:30+08:00} comes back as {@code 14:30+08:00}, not
 * {@code 06:30Z}. Input keeps accepting any offset; only the way an instant is written changes.
 */
@Singleton
public class LocalTimeCustomizer implements ObjectMapperCustomizer {

    private final ZoneId zone;

    public LocalTimeCustomizer(@ConfigProperty(name = "party.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** After Quarkus' own customizers, which register the JSR-310 module: the last module registered wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("party-local-time");
        module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(format(value));
            }
        });
        module.addSerializer(OffsetDateTime.class, new StdSerializer<>(OffsetDateTime.class) {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(format(value.toInstant()));
            }
        });
        mapper.registerModule(module);
    }

    /**
     * As {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes the instant in the zone, character for
     * character. Written by hand: a list of twenty activities carries eighty timestamps, and the
     * general formatter's printer chain was a third of the JSON writing (bench/read-path.sh). Years
     * outside 1000-9999 and offsets with seconds are left to the formatter.
     */
    String format(Instant instant) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime local = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
        int offsetSeconds = offset.getTotalSeconds();
        if (local.getYear() < 1000 || local.getYear() > 9999 || offsetSeconds % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
        }
        StringBuilder text = new StringBuilder(35).append(local.getYear());
        twoDigits(text.append('-'), local.getMonthValue());
        twoDigits(text.append('-'), local.getDayOfMonth());
        twoDigits(text.append('T'), local.getHour());
        twoDigits(text.append(':'), local.getMinute());
        twoDigits(text.append(':'), local.getSecond());
        int nano = local.getNano();
        if (nano > 0) {
            // nine digits, trailing zeros dropped
            String digits = Integer.toString(1_000_000_000 + nano).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            text.append('.').append(digits, 0, end);
        }
        if (offsetSeconds == 0) {
            return text.append('Z').toString();
        }
        int minutes = Math.abs(offsetSeconds) / 60;
        text.append(offsetSeconds < 0 ? '-' : '+');
        twoDigits(text, minutes / 60);
        twoDigits(text.append(':'), minutes % 60);
        return text.toString();
    }

    private static void twoDigits(StringBuilder text, int value) {
        text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
