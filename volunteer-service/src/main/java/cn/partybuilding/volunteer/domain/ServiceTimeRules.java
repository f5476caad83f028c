package cn.partybuilding.volunteer.domain;

import cn.partybuilding.common.time.ChinaTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules a volunteer record must keep, apart from who may record it: the end after the start and
 * not in the future (only service already given is recorded), hours positive with one decimal and no
 * more than the time between start and end, no overlap with the member's other (not rejected)
 * records, and at most 24 hours on one day (the China Standard Time date of each record's start).
 * The hours are the time actually served: 《志愿服务记录与证明出具办法（试行）》 counts "实际提供志愿服务的时间",
 * without the journey there and back ("不包括往返交通时间"), which is why they may be less than the span.
 */
public final class ServiceTimeRules {

    public static final BigDecimal MAX_HOURS_PER_DAY = BigDecimal.valueOf(24);
    /** How far ahead of the server a caller's clock may be when it records service that has just ended. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /** What is wrong with a record, in the order the checks run. */
    public enum Violation {
        END_NOT_AFTER_START,
        END_IN_FUTURE,
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
        return start.atZone(ChinaTime.ZONE).toLocalDate();
    }

    /** Service is recorded once it has been given: an end later than {@code now} (and the tolerance) is refused. */
    public static Optional<Violation> checkServed(Instant end, Instant now) {
        return end.isAfter(now.plus(CLOCK_TOLERANCE)) ? Optional.of(Violation.END_IN_FUTURE) : Optional.empty();
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
