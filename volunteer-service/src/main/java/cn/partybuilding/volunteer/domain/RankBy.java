package cn.partybuilding.volunteer.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a ranking ranks by confirmed hours. */
@Schema(description = "排行维度 / Rank by：MEMBER 党员, ORGANIZATION 党组织, COMMUNITY 社区")
public enum RankBy {
    MEMBER,
    /** the members' own organizations */
    ORGANIZATION,
    COMMUNITY
}
