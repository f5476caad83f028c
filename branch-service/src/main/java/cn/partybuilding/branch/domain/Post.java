package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Party posts (党内职务) a member holds in their organization. */
@Schema(description = "党内职务 / Party post：SECRETARY 书记, DEPUTY_SECRETARY 副书记, ORGANIZATION_COMMITTEE_MEMBER 组织委员, PUBLICITY_COMMITTEE_MEMBER 宣传委员, DISCIPLINE_COMMITTEE_MEMBER 纪检委员, GROUP_LEADER 党小组长")
public enum Post {
    SECRETARY,
    DEPUTY_SECRETARY,
    ORGANIZATION_COMMITTEE_MEMBER,
    PUBLICITY_COMMITTEE_MEMBER,
    DISCIPLINE_COMMITTEE_MEMBER,
    GROUP_LEADER;

    /** Posts of a branch committee (支委会); a group leader is not one. */
    public boolean isCommitteePost() {
        return this != GROUP_LEADER;
    }

    /** A 委员's post: a committee post other than secretary and deputy, which only a branch with a committee has. */
    public boolean isOrdinaryCommitteePost() {
        return isCommitteePost() && this != SECRETARY && this != DEPUTY_SECRETARY;
    }
}
