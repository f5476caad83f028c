package cn.partybuilding.volunteer.domain;

import java.time.LocalDate;

/** Which volunteer records a list shows; every part is optional, and the caller's scope narrows it further. */
public record VolunteerRecordFilter(String memberId, String communityId, String subtreePath, RecordStatus status, LocalDate from,
                                    LocalDate to) {
}
