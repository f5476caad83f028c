package cn.partybuilding.assessment.rest;

import cn.partybuilding.common.openapi.ExampleIds;

/** Request and response examples of 述职评议, 整改清单 and 责任清单, with the demo data's ids. */
final class DutyExamples {

    static final String CREATE_DUTY_REPORT = "{\"organizationId\":\"" + ExampleIds.BRANCH + "\",\"reporterMemberId\":\"" + ExampleIds.MEMBER
            + "\",\"reporterName\":\"张建国\",\"year\":2025,\"period\":\"2025年度\",\"title\":\"2025年度抓基层党建工作述职报告\","
            + "\"text\":\"一年来，支部落实“三会一课”制度……存在的问题：党员教育管理方式较单一。\","
            + "\"panelMemberIds\":[\"01JDZA3QW5X8N4B2C7D9E1F0GH\"]}";

    static final String UPDATE_DUTY_REPORT = """
            {"panelMemberIds":["01JDZA3QW5X8N4B2C7D9E1F0GH"]}""";

    static final String OPEN_VOTING = """
            {"status":"VOTING"}""";

    static final String BALLOT = """
            {"choice":"GOOD"}""";

    static final String BALLOT_TOTALS = """
            {"panelSize":3,"ballots":3,"excellent":1,"good":1,"fair":1,"poor":0,"satisfactionRate":66.67}""";

    static final String CREATE_RECTIFICATION = "{\"organizationId\":\"" + ExampleIds.BRANCH + "\","
            + "\"problem\":\"党员教育管理方式较单一，青年党员参与主题党日积极性不高\",\"measures\":\"每季度开展一次青年党员“微党课”，主题党日增加现场教学\","
            + "\"ownerName\":\"张建国\",\"ownerPost\":\"支部书记\",\"deadline\":\"2026-06-30\"}";

    static final String UPDATE_RECTIFICATION = """
            {"deadline":"2026-09-30","measures":"每季度开展一次青年党员“微党课”，并建立青年理论学习小组"}""";

    static final String COMPLETE_RECTIFICATION = """
            {"note":"已开展微党课三次，青年党员参与率由58%提高到92%"}""";

    static final String CLOSE_REVIEW = """
            {"result":"CLOSED","note":"回头看：整改措施落实到位，同意销号"}""";

    static final String REOPEN_REVIEW = """
            {"result":"REOPENED","note":"回头看：学习小组尚未建立，重新整改","newDeadline":"2026-12-31"}""";

    static final String CREATE_TASK = "{\"assignerOrganizationId\":\"" + ExampleIds.PARTY_COMMITTEE + "\",\"assigneeOrganizationId\":\""
            + ExampleIds.BRANCH + "\",\"title\":\"完成2026年度党员教育培训计划\",\"description\":\"每名党员全年集中学习培训不少于32学时\","
            + "\"deadline\":\"2026-12-31\",\"responsiblePost\":\"ORGANIZATION_COMMITTEE_MEMBER\"}";

    static final String START_TASK = """
            {"status":"IN_PROGRESS"}""";

    static final String CANCEL_TASK = """
            {"status":"CANCELLED"}""";

    static final String TASK_PROGRESS = """
            {"text":"已完成上半年16学时集中学习","percent":50}""";

    private DutyExamples() {
    }
}
