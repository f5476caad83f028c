package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Education;
import cn.partybuilding.branch.domain.Gender;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.Post;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the member exchange file, in the order of the 党员信息采集表, under the Chinese
 * headers people know. Export writes all of them; import reads the ones a registration needs, by
 * header, and ignores the rest, so an exported file imports as it is.
 */
public enum MemberColumn {
    NAME("姓名", true),
    GENDER("性别", true),
    ID_CARD_NUMBER("身份证号码", true),
    ETHNICITY("民族", true),
    BIRTH_DATE("出生日期", true),
    EDUCATION("学历", true),
    STATUS("人员类别", true),
    JOINED_ON("入党日期", true),
    PROBATION_END("预备期满日期", false),
    ORGANIZATION_NAME("所在党组织", false),
    ORGANIZATION_ID("党组织编号", true),
    POSTS("党内职务", true),
    PHONE("手机号码", true),
    MEMBER_ID("党员编号", false);

    public static final List<String> HEADERS = Arrays.stream(values()).map(MemberColumn::header).toList();

    /** Posts in one cell are separated by this (a comma or a space is accepted too). */
    public static final String POST_SEPARATOR = "、";

    private static final Map<Gender, String> GENDERS = labels(Gender.class, "男", "女");
    private static final Map<Education, String> EDUCATIONS = labels(Education.class,
            "研究生（博士）", "研究生（硕士）", "大学本科", "大学专科", "中专及高中", "初中及以下");
    private static final Map<MemberStatus, String> STATUSES = labels(MemberStatus.class, "正式党员", "预备党员");
    private static final Map<Post, String> POSTS_BY_NAME = labels(Post.class,
            "书记", "副书记", "组织委员", "宣传委员", "纪检委员", "党小组组长");

    private final String header;
    private final boolean imported;

    MemberColumn(String header, boolean imported) {
        this.header = header;
        this.imported = imported;
    }

    public String header() {
        return header;
    }

    /** Whether import reads this column; the others are information the service derives itself. */
    public boolean imported() {
        return imported;
    }

    /** The column under this header, if it is one of ours. */
    public static Optional<MemberColumn> ofHeader(String header) {
        String trimmed = header == null ? "" : header.trim();
        return Arrays.stream(values()).filter(c -> c.header.equals(trimmed)).findFirst();
    }

    public static String label(Gender gender) {
        return gender == null ? "" : GENDERS.get(gender);
    }

    public static String label(Education education) {
        return education == null ? "" : EDUCATIONS.get(education);
    }

    public static String label(MemberStatus status) {
        return status == null ? "" : STATUSES.get(status);
    }

    public static String label(Post post) {
        return POSTS_BY_NAME.get(post);
    }

    /** The allowed values of the columns that take one of a list, for the template and for error messages. */
    public static Map<MemberColumn, List<String>> allowedValues() {
        Map<MemberColumn, List<String>> allowed = new EnumMap<>(MemberColumn.class);
        allowed.put(GENDER, List.copyOf(GENDERS.values()));
        allowed.put(EDUCATION, List.copyOf(EDUCATIONS.values()));
        allowed.put(STATUS, List.copyOf(STATUSES.values()));
        allowed.put(POSTS, List.copyOf(POSTS_BY_NAME.values()));
        return allowed;
    }

    static Optional<Gender> gender(String label) {
        return byLabel(GENDERS, label);
    }

    static Optional<Education> education(String label) {
        return byLabel(EDUCATIONS, label);
    }

    static Optional<MemberStatus> status(String label) {
        return byLabel(STATUSES, label);
    }

    static Optional<Post> post(String label) {
        return byLabel(POSTS_BY_NAME, label);
    }

    private static <E extends Enum<E>> Optional<E> byLabel(Map<E, String> labels, String label) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(label)).map(Map.Entry::getKey).findFirst();
    }

    /** Labels in the order of the enum's constants, checked to cover every constant. */
    private static <E extends Enum<E>> Map<E, String> labels(Class<E> type, String... names) {
        E[] constants = type.getEnumConstants();
        if (constants.length != names.length) {
            throw new IllegalStateException(type.getSimpleName() + " has " + constants.length + " values, " + names.length + " labels");
        }
        Map<E, String> labels = new EnumMap<>(type);
        for (int i = 0; i < names.length; i++) {
            labels.put(constants[i], names[i]);
        }
        return labels;
    }
}
