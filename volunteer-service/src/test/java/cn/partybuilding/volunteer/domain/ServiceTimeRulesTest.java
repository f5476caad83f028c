package cn.partybuilding.volunteer.domain;

import static cn.partybuilding.volunteer.domain.ServiceTimeRules.Violation.END_IN_FUTURE;
import static cn.partybuilding.volunteer.domain.ServiceTimeRules.Violation.END_NOT_AFTER_START;
import static cn.partybuilding.volunteer.domain.ServiceTimeRules.Violation.HOURS_LONGER_THAN_SPAN;
import static cn.partybuilding.volunteer.domain.ServiceTimeRules.Violation.HOURS_NOT_ONE_DECIMAL;
import static cn.partybuilding.volunteer.domain.ServiceTimeRules.Violation.HOURS_NOT_POSITIVE;
import static cn.partybuilding.volunteer.domain.ServiceTimeRules.Violation.MORE_THAN_24_HOURS_A_DAY;
import static cn.partybuilding.volunteer.domain.ServiceTimeRules.Violation.OVERLAPS_ANOTHER_RECORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceTimeRulesTest {

    private static Instant at(String cst) {
        return OffsetDateTime.parse(cst + "+08:00").toInstant();
    }

    private static Optional<ServiceTimeRules.Violation> check(String start, String end, String hours, ServiceTimeRules.Span... others) {
        return ServiceTimeRules.check(at(start), at(end), new BigDecimal(hours), List.of(others));
    }

    private static ServiceTimeRules.Span span(String start, String end, String hours) {
        return new ServiceTimeRules.Span(at(start), at(end), new BigDecimal(hours));
    }

    @Test
    void theSpanAndTheHoursMustAgree() {
        assertEquals(Optional.of(END_NOT_AFTER_START), check("2026-11-21T10:00", "2026-11-21T10:00", "1"));
        assertEquals(Optional.of(HOURS_NOT_ONE_DECIMAL), check("2026-11-21T09:00", "2026-11-21T11:00", "1.25"));
        assertEquals(Optional.empty(), check("2026-11-21T09:00", "2026-11-21T11:00", "1.50"), "trailing zeros are one decimal");
        assertEquals(Optional.of(HOURS_NOT_POSITIVE), check("2026-11-21T09:00", "2026-11-21T11:00", "-1"));
        assertEquals(Optional.of(HOURS_LONGER_THAN_SPAN), check("2026-11-21T09:00", "2026-11-21T10:30", "1.6"));
        assertEquals(Optional.empty(), check("2026-11-21T09:00", "2026-11-21T10:30", "1.5"));
    }

    @Test
    void recordsOfOneMemberMayTouchButNotOverlap() {
        ServiceTimeRules.Span morning = span("2026-11-21T09:00", "2026-11-21T11:00", "2");
        assertEquals(Optional.of(OVERLAPS_ANOTHER_RECORD), check("2026-11-21T10:59", "2026-11-21T12:00", "1", morning));
        assertEquals(Optional.of(OVERLAPS_ANOTHER_RECORD), check("2026-11-21T08:00", "2026-11-21T13:00", "1", morning), "covering");
        assertEquals(Optional.empty(), check("2026-11-21T11:00", "2026-11-21T12:00", "1", morning));
        assertEquals(Optional.empty(), check("2026-11-21T08:00", "2026-11-21T09:00", "1", morning));
    }

    @Test
    void aDayHoldsAtMost24HoursCountedOnTheDayEachRecordStarts() {
        ServiceTimeRules.Span day = span("2026-11-21T00:00", "2026-11-21T20:00", "20");
        assertEquals(Optional.of(MORE_THAN_24_HOURS_A_DAY), check("2026-11-21T20:00", "2026-11-22T06:00", "4.1", day));
        assertEquals(Optional.empty(), check("2026-11-21T20:00", "2026-11-22T06:00", "4", day));
        // the next day's record does not count against the 21st
        assertEquals(Optional.empty(), check("2026-11-22T06:00", "2026-11-22T20:00", "14", day));
        assertEquals(Optional.of(MORE_THAN_24_HOURS_A_DAY), check("2026-11-23T00:00", "2026-11-24T02:00", "24.5"));
    }

    /** 《志愿服务记录与证明出具办法（试行）》: hours are "实际提供志愿服务的时间": service not yet given is not recorded. */
    @Test
    void serviceIsRecordedOnceItHasBeenGiven() {
        Instant now = at("2026-12-03T15:00");
        assertEquals(Optional.empty(), ServiceTimeRules.checkServed(at("2026-12-03T14:59"), now));
        assertEquals(Optional.empty(), ServiceTimeRules.checkServed(now, now));
        assertEquals(Optional.empty(), ServiceTimeRules.checkServed(at("2026-12-03T15:05"), now), "a phone's clock a little ahead");
        assertEquals(Optional.of(END_IN_FUTURE), ServiceTimeRules.checkServed(at("2026-12-03T15:06"), now));
        assertEquals(Optional.of(END_IN_FUTURE), ServiceTimeRules.checkServed(at("2026-12-10T11:00"), now));
    }

    /** The hours exclude the journey ("不包括往返交通时间"), so they may be less than the span, never more. */
    @Test
    void theHoursMayBeLessThanTheSpanForTheJourneyIsNotCounted() {
        assertEquals(Optional.empty(), check("2026-11-21T08:00", "2026-11-21T12:00", "3"));
        assertEquals(Optional.of(HOURS_LONGER_THAN_SPAN), check("2026-11-21T08:00", "2026-11-21T12:00", "4.1"));
    }

    @Test
    void theServiceDateIsTheChinaStandardTimeDateOfTheStart() {
        assertEquals(LocalDate.of(2026, 11, 22), ServiceTimeRules.serviceDate(Instant.parse("2026-11-21T16:30:00Z")));
    }
}
