package cn.partybuilding.volunteer.domain;

import java.math.BigDecimal;

/** Confirmed hours, person-times (人次: one per confirmed record) and the communities served. */
public record VolunteerTotals(BigDecimal hours, long personTimes, long communities) {
}
