package cn.partybuilding.volunteer.domain;

public enum PostStatus {
    OPEN,
    CLOSED
}
