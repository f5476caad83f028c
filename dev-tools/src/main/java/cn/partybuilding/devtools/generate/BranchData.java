package cn.partybuilding.devtools.generate;

import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.openapi.ExampleIds;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.time.ChinaTime;
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
 * party_branch, with invented but realistic data: the demo tree of the Qingdao municipal organs (a
 * few departments, branches and members), or a generated city or province (a new top-level tree of
 * 46 organizations per department, members spread over the branches). Rows go in with batched JDBC
 * inserts and application ids, one transaction per batch; the member counts of the new
 * organizations go in last. Names, phone and ID numbers are made up; ID numbers are well-formed
 * (GB 11643) but invented; phone and ID numbers are encrypted as branch-service does.
 */
final class BranchData {

    static final String DEMO_ROOT_CODE = "QD-SZJGGW";
    static final String GENERATED_ROOT_PREFIX = "GEN-";

    private static final int BATCH = 1000;
    private static final int BRANCHES_PER_UNIT = 44; // + the unit's committee and one general branch = 46
    private static final String[] SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文".split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌浩宇晓梅海燕鹏飞慧颖立新春雨佳琪思远晨曦子涵嘉怡博文婷婷俊杰雪梅德胜永强凤霞振华卫东".split("");
    private static final String[] REGIONS = {"370202", "370203", "370211", "370212", "370213", "370214", "370215", "370281", "370283", "370285"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族", "朝鲜族", "蒙古族"};
    /** The first four of branch-service's Education, from DOCTORATE down. */
    private static final String[] EDUCATIONS = {"DOCTORATE", "MASTER", "BACHELOR", "COLLEGE"};
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "155", "156", "158", "159", "166", "176", "177", "180", "181", "185", "186", "187", "188", "189", "199"};
    private static final String[] UNIT_NAMES = {"发展和改革委员会", "财政局", "教育局", "卫生健康委员会", "商务局", "住房和城乡建设局", "司法局", "市场监督管理局",
            "工业和信息化局", "民政局", "人力资源和社会保障局", "自然资源和规划局", "生态环境局", "交通运输局", "水务管理局", "农业农村局", "文化和旅游局", "应急管理局",
            "审计局", "统计局", "医疗保障局", "城市管理局", "退役军人事务局", "海洋发展局", "地方金融监督管理局", "大数据发展管理局", "行政审批服务局", "机关事务管理局"};
    /** GB 11643: weights of the first 17 digits and the check character per weighted sum mod 11. */
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK_CHARACTERS = "10X98765432";

    private static final String WORKING_COMMITTEE = "WORKING_COMMITTEE";
    private static final String PARTY_COMMITTEE = "PARTY_COMMITTEE";
    private static final String GENERAL_BRANCH = "GENERAL_BRANCH";
    private static final String BRANCH = "BRANCH";
    private static final String PARTY_GROUP = "PARTY_GROUP";

    /** What was written: the new tree's root, its organizations and members. */
    record Result(String rootId, int organizations, int members) {

        String summary() {
            return String.format("%,d organizations, %,d members", organizations, members);
        }
    }

    private BranchData() {
    }

    /**
     * The demo tree: 青岛市委市直机关工委 with eight departments, their branches and members. The objects
     * the contract's examples name (the root, the first department and its branches, the first branch's
     * secretary, rating and designation) get the ids of {@link ExampleIds}.
     */
    static Result demo(Connection c, PersonalDataCipher cipher) throws SQLException {
        Writer w = new Writer(c, cipher, new Random(20221));
        String root = w.organization(ExampleIds.WORKING_COMMITTEE, null, null, DEMO_ROOT_CODE, "青岛市委市直机关工委", WORKING_COMMITTEE, "中共青岛市委市直机关工作委员会", false, false);
        String rootPath = "/" + root + "/";
        String[][] units = {
                {"FGW", "发展和改革委员会"}, {"CZJ", "财政局"}, {"JYJ", "教育局"}, {"WJW", "卫生健康委员会"},
                {"SWJ", "商务局"}, {"ZJJ", "住房和城乡建设局"}, {"SFJ", "司法局"}, {"SJJ", "市场监督管理局"}};
        List<String> branchIds = new ArrayList<>();
        for (String[] unit : units) {
            String unitName = "青岛市" + unit[1];
            boolean exampleUnit = unit == units[0];
            String committee = w.organization(exampleUnit ? ExampleIds.PARTY_COMMITTEE : Ulid.next(), root, rootPath,
                    "QD-" + unit[0], "市" + unit[1] + "机关党委", PARTY_COMMITTEE, unitName, false, false);
            String committeePath = rootPath + committee + "/";
            String first = w.organization(exampleUnit ? ExampleIds.BRANCH : Ulid.next(), committee, committeePath,
                    "QD-" + unit[0] + "-01", "市" + unit[1] + "机关第一党支部", BRANCH, unitName, false, false);
            String second = w.organization(exampleUnit ? ExampleIds.OTHER_BRANCH : Ulid.next(), committee, committeePath,
                    "QD-" + unit[0] + "-02", "市" + unit[1] + "机关第二党支部", BRANCH, unitName, false, false);
            String retired = w.organization(committee, committeePath, "QD-" + unit[0] + "-LT", "市" + unit[1] + "离退休干部党支部", BRANCH, unitName, false, false);
            w.members(first, 9, 3, true, exampleUnit ? ExampleIds.MEMBER : null);
            w.members(second, 6, 1, false);
            w.members(retired, unit[0].equals("JYJ") ? 52 : 5, 0, true);
            branchIds.add(first);
            branchIds.add(second);
            switch (unit[0]) {
                case "FGW" -> {
                    String general = w.organization(committee, committeePath, "QD-FGW-ZZ", "市发展和改革委员会机关党总支", GENERAL_BRANCH, unitName, false, false);
                    String generalPath = committeePath + general + "/";
                    w.members(w.organization(general, generalPath, "QD-FGW-ZZ-01", "价格监测中心党支部", BRANCH, unitName, false, false), 7, 1, true);
                    w.members(w.organization(general, generalPath, "QD-FGW-ZZ-02", "重点项目服务中心党支部", BRANCH, unitName, false, false), 2, 1, true);
                }
                case "ZJJ" -> w.members(w.organization(committee, committeePath, "QD-ZJJ-LS01", "地铁6号线建设项目临时党支部", BRANCH, unitName, true, false), 5, 0, true);
                case "SWJ" -> w.members(w.organization(committee, committeePath, "QD-SWJ-GN01", "自贸片区企业服务专班功能型党支部", BRANCH, unitName, false, true), 4, 0, true);
                case "JYJ" -> {
                    String firstPath = committeePath + first + "/";
                    w.members(w.organization(first, firstPath, "QD-JYJ-01-XZ1", "第一党支部第一党小组", PARTY_GROUP, unitName, false, false), 3, 0, false);
                }
                default -> {
                }
            }
        }
        w.flush();
        String[] levels = {"FIVE", "FOUR", "THREE"};
        for (int i = 0; i < branchIds.size(); i++) {
            String branch = branchIds.get(i);
            w.rating(i == 0 ? ExampleIds.STAR_RATING : Ulid.next(), branch, 2024, levels[i % 3], 95 - i, "FINAL", "市委市直机关工委");
            if (i % 2 == 0) {
                w.rating(Ulid.next(), branch, 2025, levels[(i + 1) % 3], 90 - i / 2, "PUBLIC_NOTICE", "市委市直机关工委");
            }
        }
        w.designation(ExampleIds.DESIGNATION, branchIds.get(0), "FIRST_CLASSROOM", "机关党建\"第一课堂\"", 2024, "ACTIVE");
        w.designation(branchIds.get(2), "DEMONSTRATION_SITE", "机关党建示范点", 2024, "ACTIVE");
        w.designation(branchIds.get(4), "BRAND", "\"红色引擎\"机关党建品牌", 2025, "ACTIVE");
        w.designation(branchIds.get(6), "REPRESENTATIVE_STUDIO", "服务窗口党代表工作室", 2025, "ACTIVE");
        w.designation(branchIds.get(8), "VANGUARD_POST", "党员先锋岗", 2025, "NOMINATED");
        return w.finish(root);
    }

    /** A city or province: a working committee, N departments of 46 organizations each, members spread over the branches. */
    static Result generated(Connection c, PersonalDataCipher cipher, Scale scale) throws SQLException {
        Writer w = new Writer(c, cipher, new Random(System.nanoTime()));
        String tag = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
        String label = scale == Scale.CITY ? "市直机关工委" : "省直机关工委";
        String root = w.organization(null, null, GENERATED_ROOT_PREFIX + tag, label + "（生成数据 " + tag + "）", WORKING_COMMITTEE, label, false, false);
        String rootPath = "/" + root + "/";
        List<String> branches = new ArrayList<>();
        for (int u = 0; u < scale.units(); u++) {
            String unitName = UNIT_NAMES[u % UNIT_NAMES.length] + (u >= UNIT_NAMES.length ? "（" + (u / UNIT_NAMES.length + 1) + "）" : "");
            String unitCode = GENERATED_ROOT_PREFIX + tag + "-U" + u;
            String committee = w.organization(root, rootPath, unitCode, unitName + "机关党委", PARTY_COMMITTEE, unitName, false, false);
            String committeePath = rootPath + committee + "/";
            String general = w.organization(committee, committeePath, unitCode + "-ZZ", unitName + "机关党总支", GENERAL_BRANCH, unitName, false, false);
            String generalPath = committeePath + general + "/";
            for (int b = 0; b < BRANCHES_PER_UNIT; b++) {
                boolean underGeneral = b % 4 == 3;
                branches.add(w.organization(underGeneral ? general : committee, underGeneral ? generalPath : committeePath,
                        unitCode + "-B" + b, unitName + "第" + (b + 1) + "党支部", BRANCH, unitName, b == 40, b == 41));
            }
        }
        int perBranch = scale.members() / branches.size();
        int remainder = scale.members() % branches.size();
        for (int i = 0; i < branches.size(); i++) {
            w.members(branches.get(i), perBranch + (i < remainder ? 1 : 0), i % 10 == 0 ? 2 : 1, i % 3 != 0);
        }
        return w.finish(root);
    }

    /** The first 17 digits and their check character. */
    static String residentIdNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Full, total, committee and ordinary committee members of one organization, as organization_member_count keeps them. */
    private static final class Counts {
        int full;
        int total;
        int committee;
        int ordinaryCommittee;
    }

    /** Batched writers over one connection; each batch commits on its own. */
    private static final class Writer {
        private final Connection connection;
        private final PersonalDataCipher cipher;
        private final Random random;
        private final Timestamp now = Timestamp.from(Instant.now());
        private final List<Object[]> organizations = new ArrayList<>();
        private final List<Object[]> members = new ArrayList<>();
        private final List<Object[]> posts = new ArrayList<>();
        private final List<Object[]> ratings = new ArrayList<>();
        private final List<Object[]> designations = new ArrayList<>();
        private final Map<String, Counts> counts = new LinkedHashMap<>();
        private final long idSpaceOffset;
        private int organizationCount;
        private int memberCount;

        Writer(Connection connection, PersonalDataCipher cipher, Random random) {
            this.connection = connection;
            this.cipher = cipher;
            this.random = random;
            this.idSpaceOffset = Math.floorMod(random.nextLong(), 100_000_000L);
        }

        String organization(String parentId, String parentPath, String code, String name, String type,
                            String unitName, boolean temporary, boolean functional) throws SQLException {
            return organization(Ulid.next(), parentId, parentPath, code, name, type, unitName, temporary, functional);
        }

        String organization(String id, String parentId, String parentPath, String code, String name, String type,
                            String unitName, boolean temporary, boolean functional) throws SQLException {
            String path = (parentPath == null ? "/" : parentPath) + id + "/";
            int depth = (int) path.chars().filter(c -> c == '/').count() - 1;
            organizations.add(new Object[]{id, code, name, type, parentId, path, depth, unitName, temporary, functional,
                    LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1)});
            organizationCount++;
            if (organizations.size() >= BATCH) {
                flush();
            }
            return id;
        }

        /**
         * {@code count} members in a branch; the first holds the secretary post, and with {@code committee}
         * two more hold committee posts. {@code probationary} of them are still on probation.
         */
        void members(String organizationId, int count, int probationary, boolean committee) throws SQLException {
            members(organizationId, count, probationary, committee, null);
        }

        /** As above; the first member (the secretary) gets {@code firstId} unless it is null. */
        void members(String organizationId, int count, int probationary, boolean committee, String firstId) throws SQLException {
            Counts organization = counts.computeIfAbsent(organizationId, id -> new Counts());
            for (int i = 0; i < count; i++) {
                String id = i == 0 && firstId != null ? firstId : Ulid.next();
                long serial = idSpaceOffset + memberCount;
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(serial % 14_600);
                String idCard = residentIdNumber(REGIONS[(int) ((serial / 14_600_000L) % REGIONS.length)]
                        + birth.toString().replace("-", "")
                        + String.format("%03d", (serial / 14_600) % 1000));
                String gender = (idCard.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
                boolean onProbation = i >= count - probationary;
                LocalDate joined = onProbation ? ChinaTime.today().minusMonths(1 + random.nextInt(11))
                        : birth.plusYears(22 + random.nextInt(10));
                String phone = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + String.format("%08d", random.nextInt(100_000_000));
                members.add(new Object[]{id, organizationId, name(), gender, birth,
                        ETHNICITIES[random.nextInt(ETHNICITIES.length)], EDUCATIONS[random.nextInt(EDUCATIONS.length)],
                        onProbation ? "PROBATIONARY" : "FULL", joined,
                        onProbation ? joined.plusYears(1) : null, // the probation ends a year after admission
                        cipher.encrypt(phone), cipher.encrypt(idCard), cipher.blindIndex(idCard)});
                memberCount++;
                String post = i == 0 ? "SECRETARY"
                        : committee && i == 1 ? "ORGANIZATION_COMMITTEE_MEMBER"
                        : committee && i == 2 ? "PUBLICITY_COMMITTEE_MEMBER" : null;
                if (post != null) {
                    posts.add(new Object[]{id, post});
                    organization.committee++;
                    organization.ordinaryCommittee += i == 0 ? 0 : 1; // a 委员's post, not the secretary's
                }
                organization.total++;
                organization.full += onProbation ? 0 : 1;
                if (members.size() >= BATCH) {
                    flush();
                }
            }
        }

        void rating(String id, String organizationId, int year, String level, int score, String status, String evaluator) {
            LocalDate noticeStart = LocalDate.of(year, 12, 1);
            ratings.add(new Object[]{id, organizationId, year, level, score, evaluator, status, noticeStart, noticeStart.plusDays(7)});
        }

        void designation(String organizationId, String kind, String title, int year, String status) {
            designation(Ulid.next(), organizationId, kind, title, year, status);
        }

        void designation(String id, String organizationId, String kind, String title, int year, String status) {
            designations.add(new Object[]{id, organizationId, kind, title, year, status});
        }

        private String name() {
            String given = GIVEN[random.nextInt(GIVEN.length)] + (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
            return SURNAMES[random.nextInt(SURNAMES.length)] + given;
        }

        /** The rest of the rows, then the member counts of the new organizations (which reference them). */
        Result finish(String rootId) throws SQLException {
            flush();
            List<Object[]> countRows = new ArrayList<>();
            counts.forEach((id, c) -> countRows.add(new Object[]{id, c.full, c.total, c.committee, c.ordinaryCommittee}));
            insert("INSERT INTO organization_member_count (organization_id, full_members, total_members, committee_members,"
                    + " ordinary_committee_members) VALUES (?,?,?,?,?)", countRows, false);
            connection.commit();
            return new Result(rootId, organizationCount, memberCount);
        }

        void flush() throws SQLException {
            insert("INSERT INTO organization (id, code, name, type, parent_id, path, depth, unit_name, is_temporary,"
                    + " is_functional, established_on, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,0,?,?)", organizations, true);
            insert("INSERT INTO member (id, organization_id, name, gender, birth_date, ethnicity, education, status, joined_on,"
                    + " probation_end, phone_cipher, id_card_cipher, id_card_hash, version, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?)", members, true);
            insert("INSERT INTO member_post (member_id, post) VALUES (?,?)", posts, false);
            insert("INSERT INTO star_rating (id, organization_id, rating_year, level, score, evaluator, status, notice_start,"
                    + " notice_end, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,0,?,?)", ratings, true);
            insert("INSERT INTO designation (id, organization_id, kind, title, designation_year, status, version, created_at,"
                    + " updated_at) VALUES (?,?,?,?,?,?,0,?,?)", designations, true);
            connection.commit();
        }

        /** The rows, then (with {@code timestamped}) created_at and updated_at. */
        private void insert(String sql, List<Object[]> rows, boolean timestamped) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    int i = 1;
                    for (Object value : row) {
                        statement.setObject(i++, value);
                    }
                    if (timestamped) {
                        statement.setTimestamp(i++, now);
                        statement.setTimestamp(i, now);
                    }
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            rows.clear();
        }
    }
}
