package cn.partybuilding.volunteer.domain;

/** SUBMITTED → CONFIRMED or REJECTED by the community; only confirmed hours count. */
public enum RecordStatus {
    SUBMITTED,
    CONFIRMED,
    REJECTED
}
