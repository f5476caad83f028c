package cn.partybuilding.activity.domain;

import java.time.Instant;

/**
 * Which activities a list shows: an organization's subtree, a type, a status and a start period. A
 * null criterion does not filter; the caller's scope is applied on top.
 */
public record ActivityFilter(String subtreePath, ActivityType type, ActivityStatus status, Instant from, Instant to) {
}
