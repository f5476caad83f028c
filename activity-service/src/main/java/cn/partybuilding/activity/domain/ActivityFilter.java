package cn.partybuilding.activity.domain;

import java.time.Instant;

/**
 * Which activities a list shows: an organization's subtree, a type, a status, a start period and an
 * expected attendee. A null criterion does not filter; the caller's scope is applied on top.
 */
public record ActivityFilter(String subtreePath, ActivityType type, ActivityStatus status, Instant from, Instant to,
                             String attendeeId) {
}
