package cn.partybuilding.devtools.generate;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.openapi.ExampleIds;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.devtools.generate.OrganizationTree.Member;
import cn.partybuilding.devtools.generate.OrganizationTree.Organization;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * party_volunteer. {@code demo}: eight Qingdao communities served by the demo organizations
 * (青岛市委市直机关工委): 单位报到 agreements, 党员报到 of most members, service posts with claims,
 * half a year of volunteer hours (mostly confirmed, recent ones awaiting the community, a few
 * rejected) and 微心愿 in every status. {@code generated}: for a generated tree, communities, volunteer
 * records of the branches' own members (up to 20 per branch) over the current and previous year, and wishes, in
 * multi-row batches; then the monthly and yearly totals that volunteer-service keeps.
 */
final class VolunteerData {

    private static final String DEMO_LOADER = "demo-loader";
    private static final String GENERATED_LOADER = "seed-loader";

    private static final int MEMBERS_PER_BRANCH = 20;
    /** Rows per multi-row INSERT and per transaction: big enough to amortize round trips and commits. */
    private static final int ROWS_PER_COMMIT = 5_000;
    /** Threads writing records: binding parameters in the driver costs more than the server's insert. */
    private static final int RECORD_WRITERS = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));

    private static final String INSERT_COMMUNITY = """
            INSERT INTO community (id, name, district, street, address, contact_name, contact_phone, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    private static final String INSERT_VOLUNTEER = "INSERT INTO volunteer (member_id, created_at) VALUES (?, ?)";
    private static final String INSERT_RECORD = """
            INSERT INTO volunteer_record (id, member_id, member_name, organization_id, organization_path, organization_name,
                                          community_id, post_id, wish_id, start_at, end_at, service_date, hours, description,
                                          status, rejection_reason, recorded_by, decided_by, decided_at, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    private static final String INSERT_WISH = """
            INSERT INTO wish (id, community_id, title, description, category, resident_name, resident_phone, status,
                              claimer_kind, claimer_member_id, claimer_name, claimer_organization_id, claimer_organization_path,
                              claimed_at, fulfilment_note, fulfilled_at, confirmed_by, confirmed_at, closed_at,
                              created_by, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""";
    /**
     * volunteer-service keeps confirmed hours per month and per member and year, adding each record as
     * it is confirmed; loaded records were not confirmed one by one, so their totals are made here.
     */
    private static final List<String> FILL_TOTALS = List.of("""
            INSERT INTO volunteer_month (organization_path, community_id, month, organization_id, hours, person_times)
            SELECT organization_path, community_id, DATE_SUB(service_date, INTERVAL DAYOFMONTH(service_date) - 1 DAY),
                   MAX(organization_id), SUM(hours), COUNT(*)
            FROM volunteer_record WHERE status = 'CONFIRMED' AND organization_path LIKE ?
            GROUP BY organization_path, community_id, DATE_SUB(service_date, INTERVAL DAYOFMONTH(service_date) - 1 DAY)""", """
            INSERT INTO volunteer_member_year (service_year, member_id, organization_path, community_id, hours, person_times)
            SELECT YEAR(service_date), member_id, organization_path, community_id, SUM(hours), COUNT(*)
            FROM volunteer_record WHERE status = 'CONFIRMED' AND organization_path LIKE ?
            GROUP BY YEAR(service_date), member_id, organization_path, community_id""");

    /** name, district, street, address, office telephone */
    private static final String[][] DEMO_COMMUNITIES = {
            {"太平角社区", "市南区", "八大关街道", "市南区太平角一路12号", "0532-83867715"},
            {"观海山社区", "市南区", "江苏路街道", "市南区观海二路7号", "0532-82865032"},
            {"威海路社区", "市北区", "台东街道", "市北区威海路265号", "0532-83742218"},
            {"热河路社区", "市北区", "辽宁路街道", "市北区热河路31号", "0532-82813390"},
            {"书院路社区", "李沧区", "浮山路街道", "李沧区书院路86号", "0532-87621457"},
            {"株洲路社区", "崂山区", "中韩街道", "崂山区株洲路151号", "0532-88902316"},
            {"江山中路社区", "黄岛区", "长江路街道", "黄岛区江山中路309号", "0532-86987520"},
            {"正阳路社区", "城阳区", "城阳街道", "城阳区正阳中路178号", "0532-87863049"},
    };
    private static final List<String> AGREEMENT_ITEMS = List.of("党员进社区志愿服务每月不少于一次", "共建文明楼院",
            "“四点半课堂”助学", "政策宣讲进网格", "认领社区服务岗", "结对帮扶困难家庭");
    /** volunteer-service's PostCategory, in its order. */
    private static final String[] POST_CATEGORIES = {"ENVIRONMENT", "ELDERLY_CARE", "POLICY_OUTREACH", "PUBLIC_ORDER", "EDUCATION",
            "MEDIATION", "EMERGENCY", "OTHER"};
    private static final String[] POST_TITLES = {"楼院环境整治志愿岗", "独居老人结对关爱岗", "惠民政策宣讲岗", "文明交通劝导岗",
            "“四点半课堂”辅导岗", "邻里矛盾调解岗", "应急值守志愿岗", "社区议事协商岗"};
    private static final String[] SERVICE_DESCRIPTIONS = {"参与楼院环境整治，清理卫生死角", "走访慰问独居老人，帮助购买生活用品",
            "入户宣讲惠民政策，解答群众疑问", "早高峰路口文明交通劝导", "“四点半课堂”为小学生辅导作业", "协助社区调解邻里纠纷",
            "协助社区应急值守", "参加社区议事协商会"};
    private static final String REJECTION_REASON = "服务时间与社区签到记录不符，请核实后重新提交";
    /** title, description, category */
    private static final String[][] WISHES = {
            {"为独居老人更换厨房水龙头", "老人独居，水龙头漏水多日，希望有人帮忙更换", "ELDERLY_CARE"},
            {"给孩子辅导初中数学", "家长工作忙，孩子初二数学跟不上，希望每周辅导一次", "EDUCATION"},
            {"清理楼道堆放杂物", "三单元楼道堆放杂物，存在消防隐患", "ENVIRONMENT"},
            {"想要一台轮椅", "老伴腿脚不便，希望有一台轮椅方便出门", "ELDERLY_CARE"},
            {"咨询养老保险补缴政策", "想了解灵活就业人员养老保险补缴办法", "POLICY_OUTREACH"},
            {"调解楼上漏水纠纷", "楼上漏水渗到我家，协商未果，希望帮忙调解", "MEDIATION"},
            {"教老人使用智能手机", "想学会用手机挂号、视频通话", "OTHER"},
            {"修缮小区路灯", "小区北门路灯不亮，晚上出行不便", "PUBLIC_ORDER"},
    };
    /** volunteer-service's WishStatus, in its order. */
    private enum WishStatus { OPEN, CLAIMED, FULFILLED, CONFIRMED, WITHDRAWN }
    private static final String[] FULFILMENT_NOTES = {"已上门完成，老人表示满意", "已联系落实，每周六上午上门服务",
            "党支部组织党员集中完成", "已协调相关部门解决"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱",
            "胡", "郭", "何", "高", "林", "于", "宋", "郑", "梁", "谢", "韩", "唐", "冯", "曲", "姜", "隋"};
    private static final String[] GIVEN_NAMES = {"建国", "秀英", "志强", "丽华", "海涛", "春梅", "文博", "晓燕", "国庆", "桂兰",
            "俊杰", "玉珍", "明轩", "淑芬", "立新", "雅琴", "振华", "红霞", "子涵", "德胜"};
    private static final String[] GENERATED_DISTRICTS = {"济南市历下区", "济南市市中区", "济南市槐荫区", "济南市天桥区", "济南市历城区",
            "青岛市市南区", "青岛市市北区", "青岛市李沧区", "青岛市崂山区", "青岛市黄岛区", "青岛市城阳区", "淄博市张店区", "烟台市芝罘区",
            "潍坊市奎文区", "济宁市任城区", "泰安市泰山区", "威海市环翠区", "日照市东港区", "临沂市兰山区", "德州市德城区"};
    private static final String[] COMMUNITY_WORDS = {"和平", "幸福", "振华", "海岸", "明珠", "翠湖", "长春", "新兴", "泉城", "丰收",
            "朝阳", "阳光", "锦绣", "瑞华", "安康", "富民", "兴隆", "东方", "春晖", "文昌", "广厦", "丽景", "华城", "青年", "福山",
            "松岭", "银海", "凤凰", "桃源", "玉泉", "枫林", "荣华", "嘉园", "书香", "康乐", "海泊", "双山", "鲁园", "齐鲁", "金湖"};
    private static final String[] COMMUNITY_SUFFIXES = {"里", "苑", "园", "路", "新村", "家园", "花园", "山庄", "东", "西"};

    /** A member who serves, with the branch whose path and name the records copy. */
    private record Volunteer(String id, String name, Organization branch) {
    }

    /** What one thread of the generator wrote. */
    private record Slice(List<Volunteer> volunteers, long records) {
    }

    /** What the demo loaded. */
    record DemoResult(int communities, int reports, int posts, int claims, int records, int wishes) {

        String summary() {
            return String.format("%,d communities, %,d reports, %,d service posts with %,d claims, %,d records, %,d wishes",
                    communities, reports, posts, claims, records, wishes);
        }
    }

    private final PersonalDataCipher cipher;
    private final Instant now = Instant.now();
    private final LocalDate today = ChinaTime.today();

    VolunteerData(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    // ---------------------------------------------------------------- demo

    DemoResult demo(Connection c, OrganizationTree tree, Organization root) throws SQLException {
        Random random = new Random(2022);
        List<Organization> branches = tree.branches(root);
        // 党员报到 where they live: four in five members, spread over the communities
        List<List<Volunteer>> reportedTo = new ArrayList<>();
        Arrays.stream(DEMO_COMMUNITIES).forEach(community -> reportedTo.add(new ArrayList<>()));
        int memberIndex = 0;
        for (Organization branch : branches) {
            for (Member member : tree.members(branch)) {
                if (memberIndex % 5 != 4) {
                    reportedTo.get(memberIndex % DEMO_COMMUNITIES.length).add(new Volunteer(member.id(), member.name(), branch));
                }
                memberIndex++;
            }
        }
        List<String> communityIds = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT_COMMUNITY)) {
            for (String[] community : DEMO_COMMUNITIES) {
                // the first community and its first report, open post, record and open wish are the contract's examples
                String id = communityIds.isEmpty() ? ExampleIds.COMMUNITY : Ulid.next();
                communityIds.add(id);
                addCommunity(insert, id, community[0], community[1], community[2], community[3], community[4]);
            }
            insert.executeBatch();
        }
        int reports = demoReports(c, random, branches, communityIds, reportedTo);
        int[] postsAndClaims = demoPosts(c, random, communityIds, reportedTo);
        int records = demoRecords(c, random, communityIds, reportedTo);
        int wishes = demoWishes(c, random, communityIds, reportedTo);
        fillTotals(c, root.path());
        c.commit();
        return new DemoResult(communityIds.size(), reports, postsAndClaims[0], postsAndClaims[1], records, wishes);
    }

    private int demoReports(Connection c, Random random, List<Organization> branches, List<String> communityIds,
                            List<List<Volunteer>> reportedTo) throws SQLException {
        int reports = 0;
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO community_report (id, kind, community_id, organization_id, organization_path, organization_name,
                                              member_id, member_name, agreement_items, status, active_key, reported_at,
                                              created_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0)""")) {
            // 单位报到: every third branch signs a co-building agreement with a community
            for (int b = 0; b < branches.size(); b += 3) {
                String communityId = communityIds.get(b / 3 % communityIds.size());
                addReport(insert, b == 0 ? ExampleIds.COMMUNITY_REPORT : Ulid.next(), communityId, branches.get(b), null,
                        json(pick(random, AGREEMENT_ITEMS, 3)),
                        now.minus(200 + b, ChronoUnit.DAYS));
                reports++;
            }
            for (int i = 0; i < communityIds.size(); i++) {
                for (Volunteer volunteer : reportedTo.get(i)) {
                    addReport(insert, Ulid.next(), communityIds.get(i), volunteer.branch(), volunteer, null,
                            now.minus(190 + random.nextInt(60), ChronoUnit.DAYS));
                    reports++;
                }
            }
            insert.executeBatch();
        }
        return reports;
    }

    /** Three service posts per community, claimed by some of its reported members; returns posts and claims. */
    private int[] demoPosts(Connection c, Random random, List<String> communityIds, List<List<Volunteer>> reportedTo)
            throws SQLException {
        int posts = 0;
        int claims = 0;
        try (PreparedStatement post = c.prepareStatement("""
                INSERT INTO service_post (id, community_id, title, category, description, capacity, claimed, start_date, end_date,
                                          status, created_by, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
             PreparedStatement claim = c.prepareStatement("""
                     INSERT INTO service_post_claim (post_id, member_id, member_name, organization_id, organization_path,
                                                     organization_name, claimed_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (int i = 0; i < communityIds.size(); i++) {
                List<Volunteer> reported = reportedTo.get(i);
                for (int p = 0; p < 3; p++) {
                    int category = (i * 3 + p) % POST_CATEGORIES.length;
                    int capacity = 4 + random.nextInt(7);
                    // the first post of each community has ended; the others run around today
                    boolean ended = p == 0;
                    LocalDate start = ended ? today.minusDays(120) : today.minusDays(10 + random.nextInt(30));
                    LocalDate end = ended ? today.minusDays(30) : today.plusDays(30 + random.nextInt(60));
                    List<Volunteer> claimers = pick(random, reported, Math.min(reported.size(), random.nextInt(capacity)));
                    String postId = i == 0 && p == 1 ? ExampleIds.SERVICE_POST : Ulid.next();
                    post.setString(1, postId);
                    post.setString(2, communityIds.get(i));
                    post.setString(3, POST_TITLES[category]);
                    post.setString(4, POST_CATEGORIES[category]);
                    post.setString(5, DEMO_COMMUNITIES[i][0] + POST_TITLES[category] + "，欢迎报到党员认领");
                    post.setInt(6, capacity);
                    post.setInt(7, claimers.size());
                    post.setObject(8, start);
                    post.setObject(9, end);
                    post.setString(10, ended ? "CLOSED" : "OPEN");
                    post.setString(11, DEMO_LOADER);
                    post.setObject(12, utc(now));
                    post.setObject(13, utc(now));
                    post.addBatch();
                    posts++;
                    for (Volunteer volunteer : claimers) {
                        claim.setString(1, postId);
                        claim.setString(2, volunteer.id());
                        claim.setString(3, volunteer.name());
                        claim.setString(4, volunteer.branch().id());
                        claim.setString(5, volunteer.branch().path());
                        claim.setString(6, volunteer.branch().name());
                        claim.setObject(7, utc(start.atTime(10, 0).atZone(ChinaTime.ZONE).toInstant()));
                        claim.addBatch();
                        claims++;
                    }
                }
            }
            post.executeBatch();
            claim.executeBatch();
        }
        return new int[]{posts, claims};
    }

    private int demoRecords(Connection c, Random random, List<String> communityIds, List<List<Volunteer>> reportedTo)
            throws SQLException {
        int records = 0;
        try (PreparedStatement volunteerRow = c.prepareStatement(INSERT_VOLUNTEER);
             PreparedStatement record = c.prepareStatement(INSERT_RECORD)) {
            for (int i = 0; i < communityIds.size(); i++) {
                for (Volunteer volunteer : reportedTo.get(i)) {
                    addVolunteer(volunteerRow, volunteer.id());
                    // three to eight services on distinct days of the last half year: no overlap, far below 24 hours a day
                    for (int daysAgo : distinctDays(random, 3 + random.nextInt(6), 180)) {
                        LocalDate day = today.minusDays(daysAgo + 1L);
                        String status = daysAgo < 14 ? "SUBMITTED" : random.nextInt(25) == 0 ? "REJECTED" : "CONFIRMED";
                        addRecord(record, records == 0 ? ExampleIds.VOLUNTEER_RECORD : Ulid.next(), volunteer, communityIds.get(i),
                                day, random, status, DEMO_LOADER);
                        records++;
                    }
                }
            }
            volunteerRow.executeBatch();
            record.executeBatch();
        }
        return records;
    }

    private int demoWishes(Connection c, Random random, List<String> communityIds, List<List<Volunteer>> reportedTo)
            throws SQLException {
        int wishes = 0;
        try (PreparedStatement insert = c.prepareStatement(INSERT_WISH)) {
            WishStatus[] statuses = {WishStatus.OPEN, WishStatus.CLAIMED, WishStatus.CLAIMED, WishStatus.FULFILLED,
                    WishStatus.CONFIRMED, WishStatus.CONFIRMED, WishStatus.WITHDRAWN};
            for (int i = 0; i < communityIds.size(); i++) {
                List<Volunteer> reported = reportedTo.get(i);
                for (int w = 0; w < statuses.length; w++) {
                    Volunteer claimer = reported.isEmpty() ? null : reported.get((w * 7) % reported.size());
                    // alternately 党员领愿 and 党组织圆愿 (the claimer's branch)
                    boolean byOrganization = w % 2 == 0;
                    addWish(insert, i == 0 && w == 0 ? ExampleIds.WISH : Ulid.next(), communityIds.get(i),
                            WISHES[(i + w) % WISHES.length], statuses[w], claimer, byOrganization,
                            now.minus(40 + w * 3L, ChronoUnit.DAYS), random, DEMO_LOADER);
                    wishes++;
                }
            }
            insert.executeBatch();
        }
        return wishes;
    }

    // ---------------------------------------------------------------- generated

    /** The communities of a generated tree; returns their ids. */
    List<String> communities(Connection c, Scale scale) throws SQLException {
        Random random = new Random();
        List<String> communityIds = new ArrayList<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT_COMMUNITY)) {
            for (int i = 0; i < scale.communities(); i++) {
                // unique within the district: the i-th community of a district gets the (i / districts)-th name
                int n = i / GENERATED_DISTRICTS.length;
                String word = COMMUNITY_WORDS[n % COMMUNITY_WORDS.length];
                String name = word + COMMUNITY_SUFFIXES[n / COMMUNITY_WORDS.length] + "社区";
                String district = GENERATED_DISTRICTS[i % GENERATED_DISTRICTS.length];
                String id = Ulid.next();
                communityIds.add(id);
                addCommunity(insert, id, name, district, word + "街道", district + word + "路" + (n + 1) + "号",
                        "0" + (531 + i % 9) + "-8" + (1_000_000 + random.nextInt(9_000_000)));
            }
            insert.executeBatch();
            c.commit();
        }
        return communityIds;
    }

    /** What {@link #records} wrote: the members who served and their records. */
    record Records(List<Volunteer> volunteers, long count, int branches) {

        String summary() {
            return String.format("%,d volunteer records of %,d members for %,d branches", count, volunteers.size(), branches);
        }
    }

    /**
     * The records, in contiguous slices of the branches (in path order, so every index of
     * volunteer_record grows at a few places instead of all over the tree), one connection and
     * thread per core: one thread leaves the server idle half the time.
     */
    Records records(Database database, List<Organization> branches, Map<String, List<Member>> members,
                    List<String> communityIds, Scale scale) throws SQLException, InterruptedException {
        List<Organization> inPathOrder = new ArrayList<>(branches);
        inPathOrder.sort(Comparator.comparing(Organization::path));
        ExecutorService executor = Executors.newFixedThreadPool(RECORD_WRITERS);
        try {
            List<Future<Slice>> slices = new ArrayList<>();
            for (int t = 0; t < RECORD_WRITERS; t++) {
                int from = inPathOrder.size() * t / RECORD_WRITERS;
                int to = inPathOrder.size() * (t + 1) / RECORD_WRITERS;
                slices.add(executor.submit(() -> {
                    try (Connection c = database.open(Part.VOLUNTEER)) {
                        return recordsOf(c, inPathOrder, members, from, to, communityIds, scale.volunteerRecords());
                    }
                }));
            }
            List<Volunteer> volunteers = new ArrayList<>();
            long count = 0;
            for (Future<Slice> slice : slices) {
                volunteers.addAll(slice.get().volunteers());
                count += slice.get().records();
            }
            return new Records(volunteers, count, inPathOrder.size());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    /**
     * Records of the branches {@code from} (inclusive) to {@code to}: each its share of {@code total},
     * over up to 20 of its own members, so that a member's own figures (volunteer-stats/me) are theirs.
     */
    private Slice recordsOf(Connection c, List<Organization> branches, Map<String, List<Member>> members, int from, int to,
                            List<String> communityIds, long total) throws SQLException {
        Random random = new Random();
        LocalDate firstDay = firstGeneratedDay();
        int days = (int) ChronoUnit.DAYS.between(firstDay, today) + 1;
        List<Volunteer> volunteers = new ArrayList<>();
        long records = 0;
        try (PreparedStatement volunteerRow = c.prepareStatement(INSERT_VOLUNTEER);
             PreparedStatement record = c.prepareStatement(INSERT_RECORD)) {
            int pending = 0;
            for (int b = from; b < to; b++) {
                Organization branch = branches.get(b);
                // each branch serves three communities
                List<String> served = List.of(randomOf(random, communityIds), randomOf(random, communityIds), randomOf(random, communityIds));
                long share = total * (b + 1) / branches.size() - total * b / branches.size();
                List<Member> branchMembers = members.getOrDefault(branch.id(), List.of());
                int serving = Math.min(MEMBERS_PER_BRANCH, branchMembers.size());
                for (int m = 0; m < serving; m++) {
                    Volunteer volunteer = new Volunteer(branchMembers.get(m).id(), branchMembers.get(m).name(), branch);
                    volunteers.add(volunteer);
                    addVolunteer(volunteerRow, volunteer.id());
                    int count = (int) (share / serving + (m < share % serving ? 1 : 0));
                    // distinct days, one service each: no overlap and far below 24 hours a day
                    for (int dayOffset : distinctDays(random, count, days)) {
                        int roll = random.nextInt(100);
                        String status = roll < 85 ? "CONFIRMED" : roll < 95 ? "SUBMITTED" : "REJECTED";
                        addRecord(record, Ulid.next(), volunteer, served.get(random.nextInt(served.size())), firstDay.plusDays(dayOffset),
                                random, status, GENERATED_LOADER);
                        records++;
                        if (++pending == ROWS_PER_COMMIT) {
                            volunteerRow.executeBatch();
                            record.executeBatch();
                            c.commit();
                            pending = 0;
                        }
                    }
                }
            }
            volunteerRow.executeBatch();
            record.executeBatch();
            c.commit();
        }
        return new Slice(volunteers, records);
    }

    /** Wishes of random communities, claimed (where their status says so) by random volunteers. */
    int wishes(Connection c, Scale scale, List<String> communityIds, Records records) throws SQLException {
        Random random = new Random();
        LocalDate firstDay = firstGeneratedDay();
        int days = (int) ChronoUnit.DAYS.between(firstDay, today) + 1;
        WishStatus[] statuses = WishStatus.values();
        List<Volunteer> volunteers = records.volunteers();
        try (PreparedStatement insert = c.prepareStatement(INSERT_WISH)) {
            for (int i = 0; i < scale.wishes(); i++) {
                Volunteer claimer = volunteers.isEmpty() ? null : volunteers.get(random.nextInt(volunteers.size()));
                Instant created = firstDay.plusDays(random.nextInt(days)).atTime(9, 0).atZone(ChinaTime.ZONE).toInstant();
                addWish(insert, Ulid.next(), randomOf(random, communityIds), WISHES[random.nextInt(WISHES.length)],
                        statuses[random.nextInt(statuses.length)], claimer, random.nextBoolean(), created, random, GENERATED_LOADER);
                if ((i + 1) % ROWS_PER_COMMIT == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
        return scale.wishes();
    }

    /** The monthly and yearly totals of the confirmed records under {@code subtreePath}. */
    static void fillTotals(Connection c, String subtreePath) throws SQLException {
        for (String sql : FILL_TOTALS) {
            try (PreparedStatement fill = c.prepareStatement(sql)) {
                fill.setString(1, subtreePath + "%");
                fill.executeUpdate();
            }
        }
        c.commit();
    }

    /** Generated records and wishes span the previous and the current year up to today. */
    private LocalDate firstGeneratedDay() {
        return LocalDate.of(today.getYear() - 1, 1, 1);
    }

    // ---------------------------------------------------------------- rows shared by both

    private void addCommunity(PreparedStatement insert, String id, String name, String district, String street,
                              String address, String phone) throws SQLException {
        insert.setString(1, id);
        insert.setString(2, name);
        insert.setString(3, district);
        insert.setString(4, street);
        insert.setString(5, address);
        insert.setString(6, "社区党委办公室");
        insert.setString(7, phone);
        insert.setObject(8, utc(now));
        insert.setObject(9, utc(now));
        insert.addBatch();
    }

    private void addVolunteer(PreparedStatement insert, String memberId) throws SQLException {
        insert.setString(1, memberId);
        insert.setObject(2, utc(now));
        insert.addBatch();
    }

    /** 单位报到 of {@code organization} when {@code member} is null, else 党员报到 of the member. */
    private void addReport(PreparedStatement insert, String id, String communityId, Organization organization, Volunteer member,
                           String agreementItems, Instant reportedAt) throws SQLException {
        String kind = member == null ? "ORGANIZATION" : "MEMBER";
        insert.setString(1, id);
        insert.setString(2, kind);
        insert.setString(3, communityId);
        insert.setString(4, organization.id());
        insert.setString(5, organization.path());
        insert.setString(6, organization.name());
        insert.setString(7, member == null ? null : member.id());
        insert.setString(8, member == null ? null : member.name());
        insert.setString(9, agreementItems);
        // volunteer-service's CommunityReport.activeKeyOf: one active report per member, per organization and community
        insert.setString(10, member == null ? "O:" + organization.id() + ":" + communityId : "M:" + member.id());
        insert.setObject(11, utc(reportedAt));
        insert.setString(12, DEMO_LOADER);
        insert.addBatch();
    }

    /**
     * One service on {@code day}: starts between 8:00 and 16:30 China time, lasts one to four hours,
     * and claims the span or up to half an hour less, in tenths of an hour.
     */
    private void addRecord(PreparedStatement insert, String id, Volunteer volunteer, String communityId, LocalDate day, Random random,
                           String status, String loader) throws SQLException {
        ZonedDateTime start = day.atTime(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30).atZone(ChinaTime.ZONE);
        int spanTenths = 10 * (1 + random.nextInt(4)) + 5 * random.nextInt(2);
        ZonedDateTime end = start.plusMinutes(spanTenths * 6L);
        BigDecimal hours = BigDecimal.valueOf(spanTenths - random.nextInt(6), 1);
        Instant decided = end.toInstant().plus(1 + random.nextInt(3), ChronoUnit.DAYS);
        boolean isDecided = !status.equals("SUBMITTED");
        LocalDateTime recordedAt = utc(end.toInstant());
        insert.setString(1, id);
        insert.setString(2, volunteer.id());
        insert.setString(3, volunteer.name());
        insert.setString(4, volunteer.branch().id());
        insert.setString(5, volunteer.branch().path());
        insert.setString(6, volunteer.branch().name());
        insert.setString(7, communityId);
        insert.setString(8, null);
        insert.setString(9, null);
        insert.setObject(10, utc(start.toInstant()));
        insert.setObject(11, utc(end.toInstant()));
        insert.setObject(12, start.toLocalDate()); // the service date: the start's day in China
        insert.setBigDecimal(13, hours);
        insert.setString(14, SERVICE_DESCRIPTIONS[random.nextInt(SERVICE_DESCRIPTIONS.length)]);
        insert.setString(15, status);
        insert.setString(16, status.equals("REJECTED") ? REJECTION_REASON : null);
        insert.setString(17, loader);
        insert.setString(18, isDecided ? loader : null);
        insert.setObject(19, isDecided ? utc(decided.isAfter(now) ? now : decided) : null);
        insert.setObject(20, recordedAt);
        insert.setObject(21, isDecided ? utc(decided.isAfter(now) ? now : decided) : recordedAt);
        insert.addBatch();
    }

    /**
     * A wish in {@code status}; claimed ones by the member (党员领愿) or, when {@code byOrganization},
     * by the member's branch (党组织圆愿). The resident's name and phone are stored encrypted.
     */
    private void addWish(PreparedStatement insert, String id, String communityId, String[] wish, WishStatus status, Volunteer claimer,
                         boolean byOrganization, Instant created, Random random, String loader) throws SQLException {
        boolean needsClaimer = status == WishStatus.CLAIMED || status == WishStatus.FULFILLED || status == WishStatus.CONFIRMED;
        // a community without reported members has nobody to claim its wishes: they stay open
        WishStatus effective = needsClaimer && claimer == null ? WishStatus.OPEN : status;
        boolean claimed = needsClaimer && claimer != null;
        boolean fulfilled = claimed && status != WishStatus.CLAIMED;
        boolean confirmed = claimed && status == WishStatus.CONFIRMED;
        BiFunction<Instant, Integer, Instant> daysLater = (at, d) -> {
            Instant later = at.plus(d, ChronoUnit.DAYS);
            return later.isAfter(now) ? now : later;
        };
        Instant claimedAt = daysLater.apply(created, 2);
        Instant fulfilledAt = daysLater.apply(created, 9);
        Instant confirmedAt = daysLater.apply(created, 11);
        Instant closedAt = daysLater.apply(created, 5);
        insert.setString(1, id);
        insert.setString(2, communityId);
        insert.setString(3, wish[0]);
        insert.setString(4, wish[1]);
        insert.setString(5, wish[2]);
        insert.setString(6, cipher.encrypt(inventedName(random)));
        insert.setString(7, cipher.encrypt("13" + (100_000_000 + random.nextInt(900_000_000))));
        insert.setString(8, effective.name());
        insert.setString(9, claimed ? (byOrganization ? "ORGANIZATION" : "MEMBER") : null);
        insert.setString(10, claimed && !byOrganization ? claimer.id() : null);
        insert.setString(11, claimed ? (byOrganization ? claimer.branch().name() : claimer.name()) : null);
        insert.setString(12, claimed ? claimer.branch().id() : null);
        insert.setString(13, claimed ? claimer.branch().path() : null);
        insert.setObject(14, claimed ? utc(claimedAt) : null);
        insert.setString(15, fulfilled ? FULFILMENT_NOTES[random.nextInt(FULFILMENT_NOTES.length)] : null);
        insert.setObject(16, fulfilled ? utc(fulfilledAt) : null);
        insert.setString(17, confirmed ? loader : null);
        insert.setObject(18, confirmed ? utc(confirmedAt) : null);
        insert.setObject(19, effective == WishStatus.WITHDRAWN ? utc(closedAt) : null);
        insert.setString(20, loader);
        insert.setObject(21, utc(created));
        Instant updated = effective == WishStatus.WITHDRAWN ? closedAt : confirmed ? confirmedAt
                : fulfilled ? fulfilledAt : claimed ? claimedAt : created;
        insert.setObject(22, utc(updated));
        insert.addBatch();
    }

    /**
     * A DATETIME column's value: the connection's time zone is UTC. Cheaper to bind than a
     * Timestamp, for which the driver builds a date format per value.
     */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** {@code count} distinct offsets below {@code bound}, ascending (at most {@code bound}). */
    private static int[] distinctDays(Random random, int count, int bound) {
        return random.ints(0, bound).distinct().limit(Math.min(count, bound)).sorted().toArray();
    }

    private static String inventedName(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
    }

    private static String randomOf(Random random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> List<T> pick(Random random, List<T> items, int count) {
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    /** The agreement items as volunteer-service keeps them: a JSON array in a TEXT column. */
    private static String json(List<String> items) {
        try {
            return new ObjectMapper().writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
