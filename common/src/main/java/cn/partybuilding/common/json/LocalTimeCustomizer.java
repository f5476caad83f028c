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
import java.time.OffsetDateTime;
import java.time.ZoneId;
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

    private String format(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
