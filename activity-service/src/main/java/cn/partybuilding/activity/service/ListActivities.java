package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.ActivityStatus;
import cn.partybuilding.activity.domain.ActivityType;
import java.time.Instant;

/**
 * The activities a caller asks for: an organization's subtree, a type, a status, a start period, and
 * with {@code mine} only those the caller is expected at. A null criterion does not filter.
 */
public record ListActivities(String organizationId, ActivityType type, ActivityStatus status, Instant from, Instant to,
                             boolean mine) {
}
