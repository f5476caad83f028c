package cn.partybuilding.volunteer.service;

import java.math.BigDecimal;
import java.time.Instant;

/** Records volunteer service; a null member means the caller, and the post and wish are optional. */
public record CreateVolunteerRecord(String memberId, String communityId, String postId, String wishId, Instant startAt,
                                    Instant endAt, BigDecimal hours, String description) {
}
