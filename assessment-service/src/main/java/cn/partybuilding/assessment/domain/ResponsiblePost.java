package cn.partybuilding.assessment.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The member posts of branch-service, named as it names them: who answers for a task in the assignee. */
@Schema(description = "责任岗位 / Responsible post：SECRETARY 书记, DEPUTY_SECRETARY 副书记, ORGANIZATION_COMMITTEE_MEMBER 组织委员, PUBLICITY_COMMITTEE_MEMBER 宣传委员, DISCIPLINE_COMMITTEE_MEMBER 纪检委员, GROUP_LEADER 党小组长")
public enum ResponsiblePost {
    SECRETARY, DEPUTY_SECRETARY, ORGANIZATION_COMMITTEE_MEMBER, PUBLICITY_COMMITTEE_MEMBER, DISCIPLINE_COMMITTEE_MEMBER, GROUP_LEADER
}
