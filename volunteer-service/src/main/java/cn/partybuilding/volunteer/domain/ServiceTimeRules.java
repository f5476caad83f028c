package cn.partybuilding.volunteer.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The rules a volunteer record must keep, apart from who may record it: the end after the start,
 * hours positive with one decimal and no more than the time between start and end, no overlap with
 * the member's other (not rejected) records, and at most 24 hours on one day (the China Standard
 * Time date of each record's start).
 */
public final class ServiceTimeRules {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(24);

    /** What is wrong with a record, in the order the checks run. */
    public enum Violation {
        END_NOT_AFTER_START,
        HOURS_NOT_ONE_DECIMAL,
        HOURS_NOT_POSITIVE,
        HOURS_LONGER_THAN_SPAN,
        OVERLAPS_ANOTHER_RECORD,
        MORE_THAN_24_HOURS_A_DAY
    }

    /** One of the member's other records that still counts (submitted or confirmed). */
    public record Span(Instant start, Instant end, BigDecimal hours) {
    }

    private ServiceTimeRules() {
    }

    public static LocalDate serviceDate(Instant start) {
        return start.atZone(CHINA).toLocalDate();
    }

    /** The first rule the record breaks, given the member's other counting records around it. */
    public static Optional<Violation> check(Instant start, Instant end, BigDecimal hours, List<Span> others) {
        if (!end.isAfter(start)) {
            return Optional.of(Violation.END_NOT_AFTER_START);
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            return Optional.of(Violation.HOURS_NOT_ONE_DECIMAL);
        }
        if (hours.signum() <= 0) {
            return Optional.of(Violation.HOURS_NOT_POSITIVE);
        }
        BigDecimal spanHours = BigDecimal.valueOf(Duration.between(start, end).toSeconds()).divide(BigDecimal.valueOf(3600), 4, RoundingMode.DOWN);
        if (hours.compareTo(spanHours) > 0) {
            return Optional.of(Violation.HOURS_LONGER_THAN_SPAN);
        }
        if (others.stream().anyMatch(o -> o.start().isBefore(end) && o.end().isAfter(start))) {
            return Optional.of(Violation.OVERLAPS_ANOTHER_RECORD);
        }
        LocalDate day = serviceDate(start);
        BigDecimal dayTotal = others.stream().filter(o -> serviceDate(o.start()).equals(day))
                .map(Span::hours).reduce(hours, BigDecimal::add);
        if (dayTotal.compareTo(MAX_HOURS_PER_DAY) > 0) {
            return Optional.of(Violation.MORE_THAN_24_HOURS_A_DAY);
        }
        return Optional.empty();
    }
}
