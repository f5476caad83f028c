package cn.partybuilding.volunteer.domain;

/** What a ranking ranks by confirmed hours. */
public enum RankBy {
    MEMBER,
    /** the members' own organizations */
    ORGANIZATION,
    COMMUNITY
}
