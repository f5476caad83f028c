package cn.partybuilding.common.http;

import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.common.problem.ProblemLocale;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Converts query, path and header values itself, so that a value that does not convert is a 400
 * naming the parameter and saying what it should look like, never the JDK's text ({@code For input
 * string}, {@code No enum constant}, {@code could not be parsed}). A date-time parameter also takes
 * a plain date, read in China time: {@code from=2026-03-01} is the start of that day, and
 * {@code to=2026-03-31} the start of the next, so that the whole of the 31st is included.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    private static final String END_OF_PERIOD = "to";
    private static final Function<Locale, String> EXPECTED_DATE_TIME = text(
            "须为带时区的时间（如 2026-03-01T14:30:00+08:00）或日期（如 2026-03-01）",
            "must be a date-time with an offset (e.g. 2026-03-01T14:30:00+08:00) or a date (e.g. 2026-03-01)");
    private static final Function<Locale, String> EXPECTED_DATE = text(
            "须为日期，如 2026-03-01", "must be a date, e.g. 2026-03-01");
    private static final Function<Locale, String> EXPECTED_INTEGER = text("须为整数", "must be an integer");
    private static final Function<Locale, String> EXPECTED_BOOLEAN = text("须为 true 或 false", "must be true or false");

    private final ZoneId zone = ZoneId.of(ConfigProvider.getConfig()
            .getOptionalValue("party.time-zone", String.class).orElse("Asia/Shanghai"));

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class<? extends Enum>) rawType);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, value -> dateTime(name, value), EXPECTED_DATE_TIME);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, EXPECTED_DATE);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, value -> Integer.valueOf(value.trim()), EXPECTED_INTEGER);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            // Boolean.valueOf reads anything but "true" as false: ?mine=yes would quietly list everything
            return (ParamConverter<T>) converter(name, ParameterConverters::strictBoolean, EXPECTED_BOOLEAN);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, value -> Long.valueOf(value.trim()), EXPECTED_INTEGER);
        }
        return null;
    }

    private OffsetDateTime dateTime(String name, String value) {
        if (value.length() == 10) {
            LocalDate date = LocalDate.parse(value);
            return (END_OF_PERIOD.equals(name) ? date.plusDays(1) : date).atStartOfDay(zone).toOffsetDateTime();
        }
        return OffsetDateTime.parse(value);
    }

    private static Boolean strictBoolean(String value) {
        String text = value.trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(value);
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return converter(name, value -> Enum.valueOf(type, value),
                text("须为以下之一：" + allowed, "must be one of: " + allowed));
    }

    private static <T> ParamConverter<T> converter(String name, Function<String, T> parse, Function<Locale, String> expected) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw ProblemException.forParameter(name, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
            }
        };
    }

    private static Function<Locale, String> text(String zh, String en) {
        return locale -> ProblemLocale.isEnglish(locale) ? en : zh;
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            } else if (annotation instanceof PathParam path) {
                return path.value();
            } else if (annotation instanceof HeaderParam header) {
                return header.value();
            } else if (annotation instanceof FormParam form) {
                return form.value();
            } else if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
        }
        return null;
    }
}
