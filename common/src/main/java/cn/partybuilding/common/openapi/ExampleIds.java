package cn.partybuilding.common.openapi;

import java.util.List;
import java.util.Map;

/**
 * The ids the contract's examples use, so that "Try it out" in Swagger UI finds something: the demo
 * data set ({@code dev-tools generate demo}) gives these well-known objects exactly these ids. They are
 * literals here, and dev-tools reads them from here, never the other way round.
 */
public final class ExampleIds {

    /** 青岛市委市直机关工委, the demo tree's root. */
    public static final String WORKING_COMMITTEE = "01JDZ9Y4K3M8Q2W6E5R7T1V0X0";
    /** 市发展和改革委员会机关党委. */
    public static final String PARTY_COMMITTEE = "01JDZ9Y4K3M8Q2W6E5R7T1V0X1";
    /** 市发展和改革委员会机关第一党支部. */
    public static final String BRANCH = "01JDZ9Y4K3M8Q2W6E5R7T1V0XA";
    /** 市发展和改革委员会机关第二党支部, where the transfer example moves a member. */
    public static final String OTHER_BRANCH = "01JDZ9Y4K3M8Q2W6E5R7T1V0XB";
    /** The first branch's secretary. */
    public static final String MEMBER = "01JDZA3QW5X8N4B2C7D9E1F0GH";
    /** The first branch's 2024 star rating. */
    public static final String STAR_RATING = "01JDZB7R4T1N6G3S5K8M2P9Q0A";
    /** The first branch's designation (机关党建"第一课堂"). */
    public static final String DESIGNATION = "01JDZB7R4T1N6G3S5K8M2P9Q0B";
    /** The first branch's next 主题党日, still planned. */
    public static final String ACTIVITY = "01JE0Q4M2B8X6N3C5V7Z9K1D2F";
    /** The first demo community. */
    public static final String COMMUNITY = "01JE1C7M9N2Q4R6S8T0V3W5X7Y";
    /** The first branch's 单位报到 to that community. */
    public static final String COMMUNITY_REPORT = "01JE1C7M9N2Q4R6S8T0V3W5X8A";
    /** An open service post of that community. */
    public static final String SERVICE_POST = "01JE1C7M9N2Q4R6S8T0V3W5X8B";
    /** A volunteer record in that community. */
    public static final String VOLUNTEER_RECORD = "01JE1C7M9N2Q4R6S8T0V3W5X8C";
    /** An open wish in that community. */
    public static final String WISH = "01JE1C7M9N2Q4R6S8T0V3W5X8D";
    /** This year's 模范机关 scheme of the demo root (机关工委). */
    public static final String ASSESSMENT_SCHEME = "01JG5M8Q2R4T6V8X0Z3B5D7F9H";
    /** That scheme's first indicator, a manual one (self and review scores are entered for it). */
    public static final String SCHEME_INDICATOR = "01JG5M8Q2R4T6V8X0Z3B5D7F9J";
    /** An assessment under that scheme, still in self-assessment (市财政局机关党委). */
    public static final String ASSESSMENT = "01JG5M8Q2R4T6V8X0Z3B5D7F9K";
    /** The first branch's secretary's duty report (述职评议), open for the panel's votes. */
    public static final String DUTY_REPORT = "01JG5M8Q2R4T6V8X0Z3B5D7F9M";
    /** An open rectification item of the first branch, raised at its secretary's duty report. */
    public static final String RECTIFICATION = "01JG5M8Q2R4T6V8X0Z3B5D7F9N";
    /** A task the first department's committee assigned to the first branch, not started yet. */
    public static final String TASK = "01JG5M8Q2R4T6V8X0Z3B5D7F9P";

    /** Ids of what the demo data does not hold: an audit event and a request id, shown in answers only. */
    public static final String AUDIT_EVENT = "01JF3Q8W2K5M7N9P1R3T5V7X9Z";
    public static final String REQUEST = "01JF3Q8W2K5M7N9P1R3T5V7X9Y";

    /** Every id the demo data set holds under this name. */
    public static final List<String> IN_DEMO_DATA = List.of(WORKING_COMMITTEE, PARTY_COMMITTEE, BRANCH, OTHER_BRANCH,
            MEMBER, STAR_RATING, DESIGNATION, ACTIVITY, COMMUNITY, COMMUNITY_REPORT, SERVICE_POST, VOLUNTEER_RECORD, WISH,
            ASSESSMENT_SCHEME, SCHEME_INDICATOR, ASSESSMENT, DUTY_REPORT, RECTIFICATION, TASK);

    /** The example of a path's {@code {id}}, by the collection the path starts with. */
    private static final Map<String, String> BY_COLLECTION = Map.ofEntries(
            Map.entry("/v1/organizations/", BRANCH),
            Map.entry("/v1/members/", MEMBER),
            Map.entry("/v1/star-ratings/", STAR_RATING),
            Map.entry("/v1/designations/", DESIGNATION),
            Map.entry("/v1/activities/", ACTIVITY),
            Map.entry("/v1/communities/", COMMUNITY),
            Map.entry("/v1/community-reports/", COMMUNITY_REPORT),
            Map.entry("/v1/service-posts/", SERVICE_POST),
            Map.entry("/v1/volunteer-records/", VOLUNTEER_RECORD),
            Map.entry("/v1/wishes/", WISH),
            Map.entry("/v1/assessment-schemes/", ASSESSMENT_SCHEME),
            Map.entry("/v1/assessments/", ASSESSMENT),
            Map.entry("/v1/duty-reports/", DUTY_REPORT),
            Map.entry("/v1/rectifications/", RECTIFICATION),
            Map.entry("/v1/tasks/", TASK));

    private ExampleIds() {
    }

    /** The example for the path parameter {@code name} of {@code path}, or null where the demo data has none. */
    static String forPathParameter(String path, String name) {
        if ("memberId".equals(name)) {
            return MEMBER;
        }
        if (!"id".equals(name)) {
            return null;
        }
        return BY_COLLECTION.entrySet().stream()
                .filter(collection -> path.startsWith(collection.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
