package cn.partybuilding.volunteer.domain;

/** Who claimed a wish: a member (党员领愿) or an organization (党组织圆愿). */
public enum ClaimerKind {
    MEMBER,
    ORGANIZATION
}
