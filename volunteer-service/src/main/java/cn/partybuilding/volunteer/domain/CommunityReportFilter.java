package cn.partybuilding.volunteer.domain;

/** Which reports a list shows; every part is optional, and the caller's scope narrows it further. */
public record CommunityReportFilter(String communityId, String subtreePath, String memberId, ReportKind kind, ReportStatus status) {
}
