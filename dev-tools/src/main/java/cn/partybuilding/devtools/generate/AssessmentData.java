package cn.partybuilding.devtools.generate;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.openapi.ExampleIds;
import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.devtools.generate.OrganizationTree.Node;
import cn.partybuilding.devtools.generate.OrganizationTree.Organization;
import cn.partybuilding.devtools.generate.OrganizationTree.Seat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * party_assessment. {@code demo}: the 模范机关 scheme of the demo root (机关工委) for last year and this
 * year (5 categories × 5 indicators, 100 points, 优秀 90 / 良好 80 / 一般 60), the departments'
 * assessments in every stage, 述职评议 of branch secretaries with panels and ballots, rectification
 * items (one closed after 回头看, one overdue) and tasks (one overdue); the objects the contract's
 * examples name get the ids of {@link ExampleIds}. {@code year}: for a generated tree, last year's
 * scheme, an assessment of every organization below the root with its scores, a duty report per
 * branch (its secretary, a panel and ballot tallies), about five rectification items per report and
 * about four tasks per organization, assigned down the tree; batched inserts.
 */
final class AssessmentData {

    private static final int BATCH = 2000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** One indicator of the 模范机关 scheme: its name, maximum score, source and target (automatic ones). */
    private record IndicatorPlan(String name, int maxScore, String source, BigDecimal target, String guidance) {
    }

    private record CategoryPlan(String name, List<IndicatorPlan> indicators) {
    }

    /**
     * 青岛 市直机关's "五化" evaluation system (seeds: 创建考核过程化、机关党建标准化、文明创建常态化、机关文化品牌化、
     * 满意评价多元化, 5 类考核内容细化为 25 条评价指标): 4 points each, 100 in all; five indicators are read
     * from the other services.
     */
    private static final List<CategoryPlan> MODEL_ORGAN = List.of(
            new CategoryPlan("创建考核过程化", List.of(
                    manual("创建工作方案和责任清单制定落实", "制定年度创建方案和三级责任清单，责任到人、时限明确"),
                    manual("创建工作过程督导与季度讲评", "每季度督导讲评一次，问题清单逐项销号"),
                    manual("书记抓基层党建述职评议", "党组织书记年度述职评议，满意率 90% 以上得满分"),
                    manual("创建工作台账和过程资料", "台账完整、资料规范，查阅材料"),
                    manual("年度创建目标任务完成情况", "对照年度目标逐项评分"))),
            new CategoryPlan("机关党建标准化", List.of(
                    automatic("三会一课落实率", "COMPLIANCE_RATE", null, "按三会一课全部达标的党支部比例计分"),
                    automatic("党员参加组织生活出勤率", "ATTENDANCE_RATE", null, "按党支部平均出勤率计分"),
                    automatic("党支部组织设置合格率", "STRUCTURE_PASS_RATE", null, "按组织设置无问题的党支部比例计分"),
                    manual("党支部标准化规范化建设", "对照党支部工作手册检查，星级党支部创建情况"),
                    manual("党员教育管理和发展党员", "党员集中学习培训不少于 32 学时，发展党员程序规范"))),
            new CategoryPlan("文明创建常态化", List.of(
                    automatic("党员人均志愿服务时长", "VOLUNTEER_HOURS_PER_MEMBER", new BigDecimal("20.00"), "人均 20 小时得满分"),
                    automatic("党员到社区报到覆盖率", "REPORTING_COVERAGE", null, "按到社区报到党员比例计分"),
                    manual("文明单位创建", "保持或争创文明单位称号"),
                    manual("认领服务岗和微心愿", "常态化认领社区服务岗、圆梦微心愿"),
                    manual("作风能力提升和为民服务", "开展作风能力提升行动，办结群众诉求"))),
            new CategoryPlan("机关文化品牌化", List.of(
                    manual("一单位一品牌建设", "培育机关党建品牌，形成特色做法"),
                    manual("党建示范点和党员先锋岗创建", "创建党建示范点、设立党员先锋岗"),
                    manual("机关文化阵地建设", "党员活动室、文化长廊等阵地建设使用"),
                    manual("宣传阵地和典型选树", "运用网站、公众号宣传，选树先进典型"),
                    manual("清廉机关建设", "落实清廉机关建设方案，开展警示教育"))),
            new CategoryPlan("满意评价多元化", List.of(
                    manual("服务对象满意度测评", "第三方测评满意度"),
                    manual("党员群众评议", "民主评议党员和群众评议结果"),
                    manual("基层党组织书记述职满意率", "述职评议好和较好的比例"),
                    manual("营商环境评价", "营商环境专项评价结果"),
                    manual("上级党组织综合评价", "机关工委综合评价"))));

    private static final String[] PROBLEMS = {
            "党员教育管理方式较单一，青年党员参与主题党日积极性不高",
            "三会一课记录不够规范，部分会议议题与业务结合不紧",
            "党建与业务融合不够深入，服务中心工作的抓手不多",
            "“双报到”参与不均衡，部分党员到社区服务次数偏少",
            "党支部书记讲党课质量有待提高，联系实际不够",
            "发展党员计划执行不到位，入党积极分子培养教育不够系统",
            "党建品牌特色不鲜明，示范带动作用发挥不充分"};
    private static final String[] MEASURES = {
            "每季度开展一次青年党员“微党课”，主题党日增加现场教学",
            "统一会议记录模板，支委会每月审核一次三会一课台账",
            "围绕重点项目设立党员先锋岗，每季度开展一次党建业务融合讲评",
            "建立“双报到”积分台账，每名党员每季度到社区服务不少于一次",
            "书记讲党课前集体备课，结合业务案例讲",
            "制定年度发展党员计划，落实培养联系人制度",
            "提炼品牌内涵，建立品牌创建清单并开展交流展示"};
    private static final String[] TASKS = {
            "完成年度党员教育培训计划", "开展模范机关创建自评", "落实三会一课制度季度自查",
            "组织党员到社区报到开展志愿服务", "开展星级党支部创建", "报送党建品牌创建材料", "开展清廉机关建设专题警示教育"};
    private static final String[] TASK_POSTS = {"SECRETARY", "ORGANIZATION_COMMITTEE_MEMBER", "PUBLICITY_COMMITTEE_MEMBER",
            "DEPUTY_SECRETARY", "DISCIPLINE_COMMITTEE_MEMBER"};
    private static final String[] CHOICES = {"EXCELLENT", "GOOD", "FAIR", "POOR"};

    private AssessmentData() {
    }

    private static IndicatorPlan manual(String name, String guidance) {
        return new IndicatorPlan(name, 4, "MANUAL", null, guidance);
    }

    private static IndicatorPlan automatic(String name, String source, BigDecimal target, String guidance) {
        return new IndicatorPlan(name, 4, source, target, guidance);
    }

    // ---------------------------------------------------------------------------------------- demo

    /** What {@link #demo} wrote. */
    record Result(int schemes, int assessments, int dutyReports, int ballots, int rectifications, int tasks) {

        String summary() {
            return String.format("%,d schemes, %,d assessments, %,d duty reports with %,d ballots, %,d rectifications, %,d tasks",
                    schemes, assessments, dutyReports, ballots, rectifications, tasks);
        }
    }

    /** The demo data set under the demo root, in one transaction. */
    static Result demo(Connection c, OrganizationTree tree, Organization root) throws SQLException {
        Random random = new Random(2023);
        LocalDate today = ChinaTime.today();
        int thisYear = today.getYear();
        int lastYear = thisYear - 1;
        List<Node> nodes = tree.subtree(root);
        List<Node> committees = new ArrayList<>();
        for (Node node : nodes) {
            if ("PARTY_COMMITTEE".equals(node.type())) {
                committees.add(node);
            }
        }
        Map<String, List<Seat>> seats = seatsByOrganization(tree.seats(root));
        Writer w = new Writer(c, random, "demo-loader");
        Scheme last = w.scheme(Ulid.next(), null, root, lastYear, lastYear + "年度市直机关模范机关建设考核方案");
        Scheme current = w.scheme(ExampleIds.ASSESSMENT_SCHEME, ExampleIds.SCHEME_INDICATOR, root, thisYear,
                thisYear + "年度市直机关模范机关建设考核方案");
        // last year's: the departments' committees in every stage, most final
        String[] stages = {"FINAL", "FINAL", "FINAL", "PUBLICIZED", "SCORED", "REVIEW", "SELF_ASSESSMENT", "FINAL"};
        int assessments = 0;
        for (int i = 0; i < committees.size(); i++) {
            Node committee = committees.get(i);
            Figures figures = Figures.of(nodes, seats, committee, random);
            w.assessment(Ulid.next(), last, committee, stages[i % stages.length], figures, 0.75 + random.nextDouble() * 0.25,
                    LocalDate.of(thisYear, 1, 20));
            assessments++;
        }
        // this year's: 市财政局机关党委 (the example) and one more under way; 市发展和改革委员会机关党委 is left for
        // the contract's example of starting one
        for (Node committee : committees) {
            if (committee.id().equals(ExampleIds.PARTY_COMMITTEE)) {
                continue;
            }
            boolean example = assessments == committees.size();
            w.assessment(example ? ExampleIds.ASSESSMENT : Ulid.next(), current, committee, "SELF_ASSESSMENT", null, 0.9, null);
            assessments++;
            if (assessments == committees.size() + 2) {
                break;
            }
        }
        // 述职评议: the first branch's secretary (the example, voting), the second branch's (closed) and a draft
        Node branch = node(nodes, ExampleIds.BRANCH);
        Node other = node(nodes, ExampleIds.OTHER_BRANCH);
        int ballots = 0;
        List<Seat> branchSeats = seats.get(branch.id());
        List<Seat> otherSeats = seats.get(other.id());
        ballots += w.dutyReport(ExampleIds.DUTY_REPORT, branch, secretary(branchSeats), lastYear, "VOTING", panel(branchSeats), 5,
                LocalDate.of(thisYear, 1, 15));
        String closed = Ulid.next();
        ballots += w.dutyReport(closed, other, secretary(otherSeats), lastYear, "CLOSED", panel(otherSeats), panel(otherSeats).size(),
                LocalDate.of(thisYear, 1, 15));
        Node third = nodes.stream().filter(n -> "BRANCH".equals(n.type()) && !n.id().equals(branch.id()) && !n.id().equals(other.id())
                && seats.containsKey(n.id())).findFirst().orElseThrow();
        ballots += w.dutyReport(Ulid.next(), third, secretary(seats.get(third.id())), thisYear, "DRAFT", panel(seats.get(third.id())), 0,
                today.minusDays(3));
        // 整改清单: the example open, one overdue, one reported done, one closed after 回头看, one reopened
        String secretaryName = secretary(branchSeats).name();
        String otherSecretary = secretary(otherSeats).name();
        LocalDate raised = LocalDate.of(thisYear, 1, 20);
        w.rectification(ExampleIds.RECTIFICATION, ExampleIds.DUTY_REPORT, branch, 0, secretaryName, today.plusMonths(3), "OPEN", raised);
        w.rectification(Ulid.next(), closed, other, 1, otherSecretary, today.minusMonths(1), "OPEN", raised);
        w.rectification(Ulid.next(), closed, other, 2, otherSecretary, today.plusMonths(1), "RECTIFIED", raised);
        String reviewed = w.rectification(Ulid.next(), closed, other, 3, otherSecretary, LocalDate.of(thisYear, 6, 30), "CLOSED", raised);
        w.review(reviewed, "CLOSED", "回头看：整改措施落实到位，同意销号", null, root.id(), doneOn(raised, LocalDate.of(thisYear, 6, 30)));
        String reopened = w.rectification(Ulid.next(), ExampleIds.DUTY_REPORT, branch, 4, secretaryName, today.plusMonths(2), "OPEN", raised);
        w.review(reopened, "REOPENED", "回头看：整改清单尚未全部完成，重新整改", today.plusMonths(2), root.id(), today.minusMonths(1));
        // 责任清单: the example (not started), one overdue, one done, the departments' self-assessments
        Node fgw = node(nodes, ExampleIds.PARTY_COMMITTEE);
        w.task(ExampleIds.TASK, fgw, branch, 0, today.plusMonths(2), "ORGANIZATION_COMMITTEE_MEMBER", null, "ASSIGNED", null, today);
        String overdue = w.task(Ulid.next(), fgw, other, 2, today.minusDays(15), "SECRETARY", null, "IN_PROGRESS", 40, today.minusMonths(3));
        w.progress(overdue, "已制定活动方案，完成第一批党员报到", 40, today.minusMonths(1));
        String done = w.task(Ulid.next(), node(nodes, root.id()), fgw, 4, LocalDate.of(thisYear, 6, 30), "SECRETARY", null, "DONE", 100,
                LocalDate.of(thisYear, 3, 1));
        w.progress(done, "已完成星级党支部申报，材料报送机关工委", 100, LocalDate.of(thisYear, 6, 20));
        int tasks = 3;
        for (Node committee : committees) {
            w.task(Ulid.next(), node(nodes, root.id()), committee, 1, LocalDate.of(thisYear, 12, 31), "SECRETARY", ExampleIds.SCHEME_INDICATOR,
                    "ASSIGNED", null, today.minusDays(20));
            tasks++;
        }
        w.flush();
        return new Result(2, assessments, 3, ballots, 5, tasks);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** When an item raised on {@code raised} was done: ten days before its deadline, never before it was raised nor after today. */
    private static LocalDate doneOn(LocalDate raised, LocalDate deadline) {
        LocalDate on = deadline.minusDays(10).isAfter(raised) ? deadline.minusDays(10) : raised.plusDays(1);
        LocalDate today = ChinaTime.today();
        return on.isAfter(today) ? today : on;
    }

    private static Node node(List<Node> nodes, String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow(() -> new IllegalStateException("no organization " + id));
    }

    private static Seat secretary(List<Seat> seats) {
        return seats.stream().filter(Seat::secretary).findFirst().orElse(seats.get(0));
    }

    /** A duty report's panel: the organization's members but its secretary, at most 9. */
    private static List<Seat> panel(List<Seat> seats) {
        return seats.stream().filter(s -> !s.secretary()).limit(9).toList();
    }

    private static Map<String, List<Seat>> seatsByOrganization(List<Seat> seats) {
        Map<String, List<Seat>> by = new LinkedHashMap<>();
        for (Seat seat : seats) {
            by.computeIfAbsent(seat.organizationId(), id -> new ArrayList<>()).add(seat);
        }
        return by;
    }

    // ------------------------------------------------------------------------------ generated year

    /** What {@link #year} wrote. */
    record YearResult(int assessments, int scores, int dutyReports, int ballots, int rectifications, int tasks) {

        String summary() {
            return String.format("%,d assessments with %,d scores, %,d duty reports with %,d ballots, %,d rectifications, %,d tasks",
                    assessments, scores, dutyReports, ballots, rectifications, tasks);
        }
    }

    /** Last year's scheme, assessments, duty reports, rectifications and this year's tasks for the tree under {@code root}. */
    static YearResult year(Connection c, OrganizationTree tree, Organization root) throws SQLException {
        Random random = new Random();
        LocalDate today = ChinaTime.today();
        int year = today.getYear() - 1;
        List<Node> nodes = tree.subtree(root);
        Map<String, List<Seat>> seats = seatsByOrganization(tree.seats(root));
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Writer w = new Writer(c, random, "seed-loader");
        Scheme scheme = w.scheme(Ulid.next(), null, root, year, year + "年度模范机关建设考核方案（" + root.name() + "）");
        int assessments = 0;
        int reports = 0;
        int ballots = 0;
        int rectifications = 0;
        int tasks = 0;
        // decided in January, or earlier when run early in the year: nothing is dated after today
        LocalDate decided = earliest(LocalDate.of(year + 1, 1, 10), today.minusDays(50));
        LocalDate assigned = earliest(LocalDate.of(year + 1, 1, 5), today);
        for (Node node : nodes) {
            if (node.parentId() == null) {
                continue;
            }
            int roll = random.nextInt(100);
            String status = roll < 10 ? "SELF_ASSESSMENT" : roll < 15 ? "REVIEW" : roll < 30 ? "SCORED" : roll < 45 ? "PUBLICIZED" : "FINAL";
            w.assessment(Ulid.next(), scheme, node, status, Figures.random(random), 0.7 + random.nextDouble() * 0.3,
                    decided.plusDays(random.nextInt(40)));
            assessments++;
            List<Seat> members = seats.get(node.id());
            if ("BRANCH".equals(node.type()) && members != null && members.size() > 1) {
                String report = Ulid.next();
                int r = random.nextInt(100);
                String reportStatus = r < 80 ? "CLOSED" : r < 95 ? "VOTING" : "DRAFT";
                List<Seat> panel = panel(members);
                int voters = reportStatus.equals("CLOSED") ? panel.size() - random.nextInt(2)
                        : reportStatus.equals("VOTING") ? random.nextInt(panel.size() + 1) : 0;
                Seat secretary = secretary(members);
                ballots += w.dutyReport(report, node, secretary, year, reportStatus, panel, Math.max(0, voters), decided.plusDays(random.nextInt(20)));
                reports++;
                if (!reportStatus.equals("DRAFT")) {
                    int items = 3 + random.nextInt(5);
                    for (int i = 0; i < items; i++) {
                        int s = random.nextInt(100);
                        LocalDate deadline = LocalDate.of(year + 1, 3 + random.nextInt(10), 1).plusDays(random.nextInt(28));
                        // most items past their deadline are done; about one in eight is overdue
                        String itemStatus = deadline.isBefore(today) ? (s < 70 ? "CLOSED" : s < 88 ? "RECTIFIED" : "OPEN")
                                : (s < 20 ? "CLOSED" : s < 45 ? "RECTIFIED" : "OPEN");
                        String id = w.rectification(Ulid.next(), report, node, random.nextInt(PROBLEMS.length), secretary.name(), deadline,
                                itemStatus, decided);
                        if (itemStatus.equals("CLOSED")) {
                            w.review(id, "CLOSED", "回头看：整改措施落实到位，同意销号", null, node.parentId(), doneOn(decided, deadline));
                        }
                        rectifications++;
                    }
                }
            }
            // tasks assigned by the parent, deadlines over this year
            Node parent = byId.get(node.parentId());
            int count = 3 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                LocalDate deadline = LocalDate.of(year + 1, 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
                int t = random.nextInt(100);
                // most tasks past their deadline are done; about one in ten is overdue
                String taskStatus = deadline.isBefore(today) ? (t < 85 ? "DONE" : t < 92 ? "IN_PROGRESS" : t < 95 ? "ASSIGNED" : "CANCELLED")
                        : (t < 25 ? "DONE" : t < 65 ? "IN_PROGRESS" : t < 97 ? "ASSIGNED" : "CANCELLED");
                Integer percent = taskStatus.equals("DONE") ? Integer.valueOf(100) : taskStatus.equals("IN_PROGRESS") ? Integer.valueOf(10 * (1 + random.nextInt(9))) : null;
                String id = w.task(Ulid.next(), parent, node, random.nextInt(TASKS.length), deadline, TASK_POSTS[random.nextInt(TASK_POSTS.length)],
                        null, taskStatus, percent, assigned);
                if (percent != null) {
                    LocalDate at = deadline.minusDays(random.nextInt(20));
                    w.progress(id, "按计划推进，已完成 " + percent + "%", percent, at.isAfter(today) ? today : at);
                }
                tasks++;
            }
        }
        w.flush();
        return new YearResult(assessments, assessments * w.indicatorCount, reports, ballots, rectifications, tasks);
    }

    // ------------------------------------------------------------------------------------- figures

    /** The figures of the five automatic indicators for one organization: numerator and denominator each. */
    private record Figures(long compliant, long branches, double attendanceSum, int attendanceBranches, double hours, int members,
                           int reported, long structurePassed, long structureChecked) {

        /** Plausible figures from the organization's own branches and members. */
        static Figures of(List<Node> nodes, Map<String, List<Seat>> seats, Node organization, Random random) {
            int branches = 0;
            int members = 0;
            for (Node node : nodes) {
                if (node.path().startsWith(organization.path())) {
                    branches += "BRANCH".equals(node.type()) ? 1 : 0;
                    members += seats.getOrDefault(node.id(), List.of()).size();
                }
            }
            int compliant = Math.max(0, branches - random.nextInt(2));
            double attendance = branches * (0.86 + random.nextDouble() * 0.1);
            return new Figures(compliant, branches, attendance, branches, members * (12 + random.nextDouble() * 14), members,
                    (int) Math.round(members * (0.8 + random.nextDouble() * 0.2)), branches - random.nextInt(2), branches);
        }

        static Figures random(Random random) {
            int branches = 1 + random.nextInt(12);
            int members = branches * (15 + random.nextInt(10));
            return new Figures(branches - random.nextInt(Math.min(3, branches + 1)), branches, branches * (0.8 + random.nextDouble() * 0.18), branches,
                    members * (8 + random.nextDouble() * 20), members, (int) Math.round(members * (0.7 + random.nextDouble() * 0.3)),
                    branches - random.nextInt(Math.min(2, branches + 1)), branches);
        }

        /** value, numerator, denominator and text as assessment-service's MetricReader writes them. */
        Object[] of(String source, int year) {
            return switch (source) {
                case "COMPLIANCE_RATE" -> new Object[]{percent(compliant, branches), dec(compliant), dec(branches), "activity-service",
                        "三会一课达标 " + compliant + "/" + branches + " 个党支部"};
                case "ATTENDANCE_RATE" -> {
                    BigDecimal sum = BigDecimal.valueOf(attendanceSum).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal value = attendanceBranches == 0 ? BigDecimal.ZERO.setScale(2)
                            : sum.multiply(HUNDRED).divide(BigDecimal.valueOf(attendanceBranches), 2, RoundingMode.HALF_UP);
                    yield new Object[]{value, sum, dec(attendanceBranches), "activity-service",
                            "党支部平均出勤率 " + value.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%（" + attendanceBranches + " 个党支部）"};
                }
                case "VOLUNTEER_HOURS_PER_MEMBER" -> {
                    BigDecimal total = BigDecimal.valueOf(hours).setScale(1, RoundingMode.HALF_UP);
                    BigDecimal value = members == 0 ? BigDecimal.ZERO.setScale(2) : total.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
                    yield new Object[]{value, total.setScale(2), dec(members), "volunteer-service",
                            "志愿服务 " + total.stripTrailingZeros().toPlainString() + " 小时 / " + members + " 名党员（" + year + "-01-01 至 " + year + "-12-31）"};
                }
                case "REPORTING_COVERAGE" -> new Object[]{percent(Math.min(reported, members), members), dec(Math.min(reported, members)), dec(members),
                        "volunteer-service", "党员到社区报到 " + Math.min(reported, members) + "/" + members + " 人"};
                case "STRUCTURE_PASS_RATE" -> new Object[]{percent(structurePassed, structureChecked), dec(structurePassed), dec(structureChecked),
                        "branch-service", "组织设置合规 " + structurePassed + "/" + structureChecked + " 个党支部"};
                default -> throw new IllegalArgumentException(source);
            };
        }

        private static BigDecimal dec(long value) {
            return BigDecimal.valueOf(value).setScale(2);
        }

        private static BigDecimal percent(long numerator, long denominator) {
            return denominator == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        }
    }

    /** {@code maxScore × min(1, value ÷ target)}, one decimal, as assessment-service's Scoring does. */
    private static BigDecimal automaticScore(BigDecimal max, BigDecimal value, BigDecimal target) {
        if (value.signum() <= 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return max.multiply(value.divide(target, 10, RoundingMode.HALF_UP).min(BigDecimal.ONE)).setScale(1, RoundingMode.HALF_UP);
    }

    // -------------------------------------------------------------------------------------- writer

    /** A scheme written: its id, year, thresholds and indicators in order. */
    private record Scheme(String id, int year, List<Indicator> indicators) {
    }

    private record Indicator(String id, BigDecimal maxScore, String source, BigDecimal target) {
    }

    /** Batched inserts over one connection; {@link #flush} writes them in foreign-key order and commits. */
    private static final class Writer {
        private final Connection connection;
        private final Random random;
        /** Who the rows say wrote them (created_by, recorded_by, reviewed_by). */
        private final String loader;
        private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        private int pending;
        int indicatorCount;

        Writer(Connection connection, Random random, String loader) {
            this.connection = connection;
            this.random = random;
            this.loader = loader;
            for (String sql : List.of(SCHEME, CATEGORY, INDICATOR, ASSESSMENT, SCORE, REPORT, PANEL, VOTER, TALLY, RECTIFICATION, REVIEW, TASK, PROGRESS)) {
                rows.put(sql, new ArrayList<>());
            }
        }

        private static final String SCHEME = "INSERT INTO assessment_scheme (id, issuer_id, issuer_path, issuer_name, assessment_year, name,"
                + " excellent_min, good_min, fair_min, total_max, created_by, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?,?)";
        private static final String CATEGORY = "INSERT INTO scheme_category (id, scheme_id, position, name) VALUES (?,?,?,?)";
        private static final String INDICATOR = "INSERT INTO scheme_indicator (id, scheme_id, category_id, position, name, max_score, guidance,"
                + " source, target) VALUES (?,?,?,?,?,?,?,?,?)";
        private static final String ASSESSMENT = "INSERT INTO assessment (id, scheme_id, assessment_year, organization_id, organization_path,"
                + " organization_name, assessor_id, assessor_name, status, self_total, review_total, total, grade, notice_start, notice_end,"
                + " finalized_at, automatic_as_of, automatic_filled_at, created_by, version, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)";
        private static final String SCORE = "INSERT INTO assessment_score (id, assessment_id, indicator_id, self_score, self_note, review_score,"
                + " review_note, auto_value, auto_numerator, auto_denominator, auto_score, auto_source_service, auto_source_text, auto_fetched_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        private static final String REPORT = "INSERT INTO duty_report (id, organization_id, organization_path, organization_name,"
                + " reporter_member_id, reporter_name, report_year, period, title, report_text, status, voting_opened_at, closed_at,"
                + " created_by, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)";
        private static final String PANEL = "INSERT INTO duty_report_panel (report_id, member_id) VALUES (?,?)";
        private static final String VOTER = "INSERT INTO duty_ballot_voter (report_id, member_id) VALUES (?,?)";
        private static final String TALLY = "INSERT INTO duty_ballot_tally (report_id, choice, ballots) VALUES (?,?,?)";
        private static final String RECTIFICATION = "INSERT INTO rectification (id, duty_report_id, organization_id, organization_path,"
                + " organization_name, problem, measures, owner_name, owner_post, deadline, status, rectified_note, rectified_at, closed_at,"
                + " created_by, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)";
        private static final String REVIEW = "INSERT INTO rectification_review (id, rectification_id, result, note, new_deadline, reviewed_by,"
                + " reviewer_organization_id, reviewed_at) VALUES (?,?,?,?,?,?,?,?)";
        private static final String TASK = "INSERT INTO duty_task (id, assigner_organization_id, assigner_organization_path,"
                + " assignee_organization_id, assignee_organization_path, assignee_organization_name, title, description, deadline,"
                + " responsible_post, indicator_id, status, percent_done, created_by, version, created_at, updated_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)";
        private static final String PROGRESS = "INSERT INTO duty_task_progress (id, task_id, note, percent_done, recorded_by, recorded_at)"
                + " VALUES (?,?,?,?,?,?)";

        /** The 模范机关 scheme of {@code year} issued by {@code issuer}; its first indicator gets {@code firstIndicatorId} unless null. */
        Scheme scheme(String id, String firstIndicatorId, Organization issuer, int year, String name) throws SQLException {
            Timestamp at = Timestamp.from(LocalDate.of(year, 1, 10).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            add(SCHEME, id, issuer.id(), issuer.path(), issuer.name(), year, name, new BigDecimal("90.0"), new BigDecimal("80.0"),
                    new BigDecimal("60.0"), new BigDecimal("100.0"), loader, at, at);
            List<Indicator> indicators = new ArrayList<>();
            for (int c = 0; c < MODEL_ORGAN.size(); c++) {
                CategoryPlan category = MODEL_ORGAN.get(c);
                String categoryId = Ulid.next();
                add(CATEGORY, categoryId, id, c, category.name());
                for (int i = 0; i < category.indicators().size(); i++) {
                    IndicatorPlan plan = category.indicators().get(i);
                    String indicatorId = indicators.isEmpty() && firstIndicatorId != null ? firstIndicatorId : Ulid.next();
                    BigDecimal target = plan.source().equals("MANUAL") ? null : plan.target() != null ? plan.target() : new BigDecimal("100.00");
                    BigDecimal max = BigDecimal.valueOf(plan.maxScore()).setScale(1);
                    add(INDICATOR, indicatorId, id, categoryId, i, plan.name(), max, plan.guidance(), plan.source(), target);
                    indicators.add(new Indicator(indicatorId, max, plan.source(), target));
                }
            }
            indicatorCount = indicators.size();
            return new Scheme(id, year, indicators);
        }

        /**
         * An assessment in {@code status}: self scores (some still missing while in self-assessment), the automatic
         * figures from REVIEW on, review scores, total and grade from SCORED on, 公示 dates and the final time.
         * {@code level} (0–1) is how well the organization does on manual indicators.
         */
        void assessment(String id, Scheme scheme, Node organization, String status, Figures figures, double level, LocalDate decided) throws SQLException {
            int stage = List.of("SELF_ASSESSMENT", "REVIEW", "SCORED", "PUBLICIZED", "FINAL").indexOf(status);
            Timestamp created = Timestamp.from(LocalDate.of(scheme.year(), 3, 1).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            Timestamp updated = Timestamp.from(Instant.now());
            BigDecimal self = null;
            BigDecimal review = null;
            boolean automatic = stage >= 1 && figures != null;
            Timestamp fetched = decided == null ? null : Timestamp.from(decided.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant());
            List<Object[]> scores = new ArrayList<>();
            for (int i = 0; i < scheme.indicators().size(); i++) {
                Indicator indicator = scheme.indicators().get(i);
                Object[] figure = automatic && !indicator.source().equals("MANUAL") ? figures.of(indicator.source(), scheme.year()) : null;
                BigDecimal selfScore = null;
                BigDecimal reviewScore = null;
                BigDecimal autoScore = null;
                if (figure != null) {
                    autoScore = automaticScore(indicator.maxScore(), (BigDecimal) figure[0], indicator.target());
                } else if (indicator.source().equals("MANUAL")) {
                    boolean entered = stage >= 1 || i % 3 != 2; // in self-assessment a few are still open
                    if (entered) {
                        selfScore = score(indicator.maxScore(), level + 0.05);
                    }
                    if (stage >= 2) {
                        reviewScore = score(indicator.maxScore(), level).min(selfScore);
                    }
                }
                if (selfScore != null || autoScore != null) {
                    self = (self == null ? BigDecimal.ZERO.setScale(1) : self).add(selfScore != null ? selfScore : autoScore);
                }
                if (reviewScore != null || autoScore != null) {
                    review = (review == null ? BigDecimal.ZERO.setScale(1) : review).add(reviewScore != null ? reviewScore : autoScore);
                }
                scores.add(new Object[]{Ulid.next(), id, indicator.id(), selfScore, selfScore == null ? null : "见创建工作台账", reviewScore,
                        reviewScore == null ? null : "材料齐全，基本达到要求", figure == null ? null : figure[0], figure == null ? null : figure[1],
                        figure == null ? null : figure[2], autoScore, figure == null ? null : figure[3], figure == null ? null : figure[4],
                        figure == null ? null : fetched});
            }
            BigDecimal total = stage >= 2 ? review : null;
            String grade = total == null ? null : total.compareTo(new BigDecimal("90")) >= 0 ? "EXCELLENT"
                    : total.compareTo(new BigDecimal("80")) >= 0 ? "GOOD" : total.compareTo(new BigDecimal("60")) >= 0 ? "FAIR" : "POOR";
            LocalDate noticeStart = stage >= 3 ? decided.plusDays(5) : null;
            LocalDate noticeEnd = noticeStart == null ? null : noticeStart.plusDays(6);
            Timestamp finalized = stage == 4 ? Timestamp.from(noticeEnd.plusDays(2).atTime(10, 0).atZone(ChinaTime.ZONE).toInstant()) : null;
            add(ASSESSMENT, id, scheme.id(), scheme.year(), organization.id(), organization.path(), organization.name(), issuers.get(scheme.id())[0],
                    issuers.get(scheme.id())[1], status, self, review, total, grade, noticeStart, noticeEnd,
                    finalized, automatic ? LocalDate.of(scheme.year(), 12, 31) : null, automatic ? fetched : null, loader, created, updated);
            for (Object[] score : scores) {
                add(SCORE, score); // after their assessment: a flush in between must find it
            }
        }

        private final Map<String, String[]> issuers = new LinkedHashMap<>();

        /** A manual score around {@code level} of the maximum, a half point step, within 0 and the maximum. */
        private BigDecimal score(BigDecimal max, double level) {
            double raw = max.doubleValue() * Math.min(1.0, Math.max(0.0, level + (random.nextDouble() - 0.5) * 0.2));
            return BigDecimal.valueOf(Math.round(raw * 2) / 2.0).setScale(1, RoundingMode.HALF_UP).min(max);
        }

        /** A duty report with its panel and, unless DRAFT, {@code voters} ballots of the panel; returns the ballots cast. */
        int dutyReport(String id, Node organization, Seat reporter, int year, String status, List<Seat> panel, int voters, LocalDate held) throws SQLException {
            Timestamp created = Timestamp.from(held.minusDays(7).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            Timestamp opened = status.equals("DRAFT") ? null : Timestamp.from(held.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            Timestamp closed = status.equals("CLOSED") ? Timestamp.from(held.atTime(11, 0).atZone(ChinaTime.ZONE).toInstant()) : null;
            add(REPORT, id, organization.id(), organization.path(), organization.name(), reporter.memberId(), reporter.name(), year,
                    year + "年度", year + "年度抓基层党建工作述职报告",
                    "一年来，支部落实“三会一课”制度，开展主题党日和“双报到”志愿服务，推进模范机关创建。存在的问题：党员教育管理方式较单一，党建与业务融合不够深入。",
                    status, opened, closed, loader, created, closed != null ? closed : opened != null ? opened : created);
            int[] tally = new int[CHOICES.length];
            int cast = status.equals("DRAFT") ? 0 : Math.min(voters, panel.size());
            for (int i = 0; i < panel.size(); i++) {
                add(PANEL, id, panel.get(i).memberId());
                if (i < cast) {
                    add(VOTER, id, panel.get(i).memberId());
                    int roll = random.nextInt(100);
                    tally[roll < 60 ? 0 : roll < 88 ? 1 : roll < 97 ? 2 : 3]++;
                }
            }
            for (int c = 0; c < CHOICES.length; c++) {
                add(TALLY, id, CHOICES[c], tally[c]);
            }
            return cast;
        }

        /** A rectification item; RECTIFIED and CLOSED ones say what was done. Returns its id. */
        String rectification(String id, String reportId, Node organization, int problem, String owner, LocalDate deadline, String status,
                             LocalDate raised) throws SQLException {
            Timestamp created = Timestamp.from(raised.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant());
            boolean done = !status.equals("OPEN");
            LocalDate doneOn = doneOn(raised, deadline);
            Timestamp rectified = done ? Timestamp.from(doneOn.atTime(16, 0).atZone(ChinaTime.ZONE).toInstant()) : null;
            Timestamp closed = status.equals("CLOSED") ? Timestamp.from(doneOn.atTime(17, 0).atZone(ChinaTime.ZONE).toInstant()) : null;
            add(RECTIFICATION, id, reportId, organization.id(), organization.path(), organization.name(), PROBLEMS[problem % PROBLEMS.length],
                    MEASURES[problem % MEASURES.length], owner, "支部书记", deadline, status, done ? "已按整改措施完成，形成长效机制" : null,
                    rectified, closed, loader, created, closed != null ? closed : rectified != null ? rectified : created);
            return id;
        }

        void review(String rectificationId, String result, String note, LocalDate newDeadline, String reviewerOrganizationId, LocalDate on)
                throws SQLException {
            add(REVIEW, Ulid.next(), rectificationId, result, note, newDeadline, loader, reviewerOrganizationId,
                    Timestamp.from(on.atTime(17, 0).atZone(ChinaTime.ZONE).toInstant()));
        }

        /** A task from {@code assigner} to {@code assignee}; returns its id. */
        String task(String id, Node assigner, Node assignee, int title, LocalDate deadline, String post, String indicatorId, String status,
                    Integer percent, LocalDate assigned) throws SQLException {
            Timestamp created = Timestamp.from(assigned.atTime(9, 0).atZone(ChinaTime.ZONE).toInstant());
            add(TASK, id, assigner.id(), assigner.path(), assignee.id(), assignee.path(), assignee.name(), deadline.getYear() + "年" + TASKS[title % TASKS.length],
                    "按机关工委年度工作要点落实，按时报送完成情况", deadline, post, indicatorId, status, percent, loader, created, Timestamp.from(Instant.now()));
            return id;
        }

        void progress(String taskId, String note, Integer percent, LocalDate on) throws SQLException {
            add(PROGRESS, Ulid.next(), taskId, note, percent, loader, Timestamp.from(on.atTime(16, 0).atZone(ChinaTime.ZONE).toInstant()));
        }

        private void add(String sql, Object... values) throws SQLException {
            if (sql.equals(SCHEME)) {
                issuers.put((String) values[0], new String[]{(String) values[1], (String) values[3]});
            }
            rows.get(sql).add(values);
            if (++pending >= BATCH) {
                flush();
            }
        }

        /** Everything added so far, parents before children, then a commit. */
        void flush() throws SQLException {
            for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
                List<Object[]> batch = table.getValue();
                if (batch.isEmpty()) {
                    continue;
                }
                try (PreparedStatement statement = connection.prepareStatement(table.getKey())) {
                    for (Object[] row : batch) {
                        for (int i = 0; i < row.length; i++) {
                            statement.setObject(i + 1, row[i]);
                        }
                        statement.addBatch();
                    }
                    statement.executeBatch();
                }
                batch.clear();
            }
            pending = 0;
            connection.commit();
        }
    }
}
