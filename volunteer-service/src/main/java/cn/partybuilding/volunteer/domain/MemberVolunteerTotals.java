package cn.partybuilding.volunteer.domain;

import java.math.BigDecimal;

/** A member's own figures for a period: confirmed, still awaiting the community, and where they report now. */
public record MemberVolunteerTotals(String memberId, StatisticsFilter period, VolunteerTotals confirmed, BigDecimal pendingHours,
                                    String reportedCommunityId) {
}
