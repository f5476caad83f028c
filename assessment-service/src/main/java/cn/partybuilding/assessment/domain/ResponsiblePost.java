package cn.partybuilding.assessment.domain;

/** The member posts of branch-service, named as it names them: who answers for a task in the assignee. */
public enum ResponsiblePost {
    SECRETARY, DEPUTY_SECRETARY, ORGANIZATION_COMMITTEE_MEMBER, PUBLICITY_COMMITTEE_MEMBER, DISCIPLINE_COMMITTEE_MEMBER, GROUP_LEADER
}
