package cn.partybuilding.volunteer.service;

import cn.partybuilding.volunteer.domain.ReportStatus;

/** Changes a report's status; ENDED is the only change there is. */
public record UpdateCommunityReport(ReportStatus status) {
}
