package cn.partybuilding.volunteer.domain;

import java.time.LocalDate;

/** What to count: a period of service dates, and optionally a subtree, a community and a member. */
public record StatisticsFilter(LocalDate from, LocalDate to, String subtreePath, String communityId, String memberId) {
}
