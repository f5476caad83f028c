package cn.partybuilding.branch.domain;

/** Party posts (党内职务) a member holds in their organization. */
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
}
