package cn.partybuilding.volunteer.domain;

import java.math.BigDecimal;

/** One ranked member, organization or community with its confirmed figures; the name is null when unknown. */
public record RankedTotals(String id, String name, BigDecimal hours, long personTimes, long communities) {

    public RankedTotals named(String otherName) {
        return new RankedTotals(id, otherName, hours, personTimes, communities);
    }
}
