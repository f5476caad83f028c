package cn.partybuilding.volunteer.domain;

public enum ReportStatus {
    ACTIVE,
    ENDED
}
