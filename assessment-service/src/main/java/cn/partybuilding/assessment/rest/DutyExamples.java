package cn.partybuilding.assessment.rest;

import cn.partybuilding.common.openapi.ExampleIds;

/** Request and response examples of 述职评议, 整改清单 and 责任清单, with the demo data's ids. */
final class DutyExamples {

    static final String CREATE_DUTY_REPORT = "{\"organizationId\":\"" + ExampleIds.BRANCH + "\",\"reporterMemberId\":\"" + ExampleIds.MEMBER
            + "\",\"reporterName\":\"张建国\",\"year\":2025,\"period\":\"2025年度\",\"title\":\"2025年度抓基层党建工作述职报告\","
            + "\"text\":\"一年来，支部落实“三会一课”制度……存在的问题：党员教育管理方式较单一。\","
            + "\"panelMemberIds\":[\"01JDZA3QW5X8N4B2C7D9E1F0GJ\",\"01JDZA3QW5X8N4B2C7D9E1F0GK\",\"01JDZA3QW5X8N4B2C7D9E1F0GM\"]}";

    static final String UPDATE_DUTY_REPORT = """
            {"panelMemberIds":["01JDZA3QW5X8N4B2C7D9E1F0GJ","01JDZA3QW5X8N4B2C7D9E1F0GK"]}""";

    static final String OPEN_VOTING = """
            {"status":"VOTING"}""";

    static final String BALLOT = """
            {"choice":"GOOD"}""";

    static final String BALLOT_TOTALS = """
            {"panelSize":3,"ballots":3,"excellent":1,"good":1,"fair":1,"poor":0,"satisfactionRate":66.67}""";

    private DutyExamples() {
    }
}
