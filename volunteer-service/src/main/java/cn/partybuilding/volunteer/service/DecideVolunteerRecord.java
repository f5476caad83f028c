package cn.partybuilding.volunteer.service;

import cn.partybuilding.volunteer.domain.RecordStatus;

/** The community confirms a submitted record, or rejects it with a reason. */
public record DecideVolunteerRecord(RecordStatus status, String reason) {
}
