package cn.partybuilding.activity.service;

import cn.partybuilding.activity.domain.ActivityType;
import java.time.Instant;
import java.util.List;

/** Plans an activity; without expected member ids every member of the organization is expected. */
public record CreateActivity(String organizationId, ActivityType type, String title, String topic, String speakerMemberId,
                             String speakerName, String place, Instant startAt, Instant endAt,
                             List<String> expectedMemberIds) {
}
