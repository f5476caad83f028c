package cn.partybuilding.branch.domain;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of party organization in government organs, and which may stand under which. */
@Schema(description = "组织类型 / Organization type：WORKING_COMMITTEE 机关工委, PARTY_COMMITTEE 机关党委, GENERAL_BRANCH 党总支, BRANCH 党支部, PARTY_GROUP 党小组")
public enum OrganizationType {
    /** 机关工委: the top of an organs' party-building system. */
    WORKING_COMMITTEE,
    /** 机关党委 / 党组: the committee of one department (部门单位). */
    PARTY_COMMITTEE,
    /** 党总支. */
    GENERAL_BRANCH,
    /** 党支部: the basic organization that members belong to. */
    BRANCH,
    /** 党小组: a group inside a branch. */
    PARTY_GROUP;

    /** Whether an organization of this type may stand directly under {@code parent} (null: a root). */
    public boolean mayStandUnder(OrganizationType parent) {
        if (parent == null) {
            return this == WORKING_COMMITTEE || this == PARTY_COMMITTEE;
        }
        return allowedParents().contains(parent);
    }

    private Set<OrganizationType> allowedParents() {
        return switch (this) {
            case WORKING_COMMITTEE -> EnumSet.of(WORKING_COMMITTEE);
            case PARTY_COMMITTEE -> EnumSet.of(WORKING_COMMITTEE, PARTY_COMMITTEE);
            case GENERAL_BRANCH -> EnumSet.of(WORKING_COMMITTEE, PARTY_COMMITTEE);
            case BRANCH -> EnumSet.of(WORKING_COMMITTEE, PARTY_COMMITTEE, GENERAL_BRANCH);
            case PARTY_GROUP -> EnumSet.of(BRANCH);
        };
    }

    /** Members are registered in branches and their groups. */
    public boolean holdsMembers() {
        return this == BRANCH || this == PARTY_GROUP;
    }
}
