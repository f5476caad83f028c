package cn.partybuilding.branch.service;

import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.branch.domain.Admission;
import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberCount;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.MemberWithPersonalData;
import cn.partybuilding.branch.domain.MobileNumber;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.domain.Probation;
import cn.partybuilding.branch.domain.ResidentIdNumber;
import cn.partybuilding.branch.repository.MemberCountRepository;
import cn.partybuilding.branch.repository.MemberRepository;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.pii.Masking;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.problem.ErrorCode;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Members in and out as spreadsheets (党员信息采集表): export streams a subtree in keyset-paged
 * batches, so memory stays flat however many members it holds; import checks every row before it
 * writes any, and then writes all of them in one transaction.
 */
@ApplicationScoped
public class MemberExchangeService {

    /** Rows one import may hold; beyond it the file is refused whole (413). */
    public static final int MAX_IMPORT_ROWS = 10_000;

    /** Members read, masked and written per batch of an export, then dropped from the session. */
    static final int EXPORT_BATCH = 1_000;

    private static final int MAX_NAME_LENGTH = 50;
    private static final int MAX_ETHNICITY_LENGTH = 32;
    /** ID-number hashes looked up in the database per query. */
    private static final int LOOKUP_CHUNK = 1_000;
    /** 2020-07-01, 2020/7/1, 2020.7.1, 2020年7月1日 */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern POST_SEPARATORS = Pattern.compile("[、,，;；\\s]+");

    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final MemberCountRepository counts;
    private final MemberService memberService;
    private final CallerScope scope;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final AuditedResources audited;

    MemberExchangeService(MemberRepository members, OrganizationRepository organizations, MemberCountRepository counts,
                          MemberService memberService, CallerScope scope, PersonalDataCipher cipher, AuditTrail audit,
                          AuditedResources audited) {
        this.members = members;
        this.organizations = organizations;
        this.counts = counts;
        this.memberService = memberService;
        this.scope = scope;
        this.cipher = cipher;
        this.audit = audit;
        this.audited = audited;
    }

    /**
     * The subtree an export covers: the organization's when one is named (a 422 on that parameter
     * when out of scope), else the caller's whole scope (null: everything). Resolved before the
     * file starts, so that a refusal is still a problem response.
     */
    public String exportSubtree(String organizationId) {
        String narrowed = scope.subtreePathOf(organizationId, "organizationId");
        return narrowed != null ? narrowed : scope.subtreePath();
    }

    /**
     * Hands the members of the subtree to {@code batch}, one batch of rows at a time, each row the
     * cells of {@link MemberColumn} in order. Phone and ID number are masked as the member list
     * masks them for this caller, and each member shown in full is recorded as the list records it.
     */
    public void export(String subtreePath, Consumer<List<List<String>>> batch) {
        Map<String, String> organizationNames = new HashMap<>();
        String after = null;
        boolean more = true;
        while (more) {
            List<Member> page = members.exportPage(subtreePath, after, EXPORT_BATCH + 1);
            more = page.size() > EXPORT_BATCH;
            List<MemberWithPersonalData> shown = page.stream().limit(EXPORT_BATCH).map(memberService::decrypted).toList();
            if (shown.isEmpty()) {
                return;
            }
            memberService.recordUnmaskedReads(shown);
            nameOrganizations(shown, organizationNames);
            batch.accept(shown.stream().map(m -> row(m, organizationNames)).toList());
            after = shown.get(shown.size() - 1).member().id;
        }
    }

    private void nameOrganizations(List<MemberWithPersonalData> shown, Map<String, String> names) {
        List<String> unknown = shown.stream().map(m -> m.member().organizationId).distinct()
                .filter(id -> !names.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            organizations.list("id in ?1", unknown).forEach(o -> names.put(o.id, o.name));
        }
    }

    private static List<String> row(MemberWithPersonalData shown, Map<String, String> organizationNames) {
        Member m = shown.member();
        boolean full = shown.readableInFull();
        List<String> cells = new ArrayList<>(MemberColumn.values().length);
        for (MemberColumn column : MemberColumn.values()) {
            cells.add(switch (column) {
                case NAME -> m.name;
                case GENDER -> MemberColumn.label(m.gender);
                case ID_CARD_NUMBER -> text(full ? shown.idCardNumber() : Masking.idCard(shown.idCardNumber()));
                case ETHNICITY -> text(m.ethnicity);
                case BIRTH_DATE -> text(m.birthDate);
                case EDUCATION -> MemberColumn.label(m.education);
                case STATUS -> MemberColumn.label(m.status);
                case JOINED_ON -> text(m.joinedOn);
                case PROBATION_END -> text(m.probationEnd);
                case ORGANIZATION_NAME -> text(organizationNames.get(m.organizationId));
                case ORGANIZATION_ID -> m.organizationId;
                case POSTS -> m.posts.stream().sorted().map(MemberColumn::label)
                        .collect(Collectors.joining(MemberColumn.POST_SEPARATOR));
                case PHONE -> text(full ? shown.phone() : Masking.phone(shown.phone()));
                case MEMBER_ID -> m.id;
            });
        }
        return cells;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * Registers every member of the file, or none: all rows are checked first, by the rules of
     * registering one member, against each other and against the database. The members go to
     * {@code organizationId} when it is given, else to the organization each row names.
     */
    @Transactional
    public List<Member> importMembers(String organizationId, Set<MemberColumn> columns, List<MemberImportRow> rows) {
        Organization target = organizationId == null ? null : memberService.memberOrganization(organizationId, "organizationId");
        if (rows.isEmpty()) {
            throw new ProblemException(BranchError.IMPORT_FILE_EMPTY);
        }
        if (rows.size() > MAX_IMPORT_ROWS) {
            throw new ProblemException(BranchError.IMPORT_TOO_MANY_ROWS, MAX_IMPORT_ROWS);
        }
        RowChecker checker = new RowChecker(target);
        checker.requireColumns(columns);
        List<Member> imported = new ArrayList<>(rows.size());
        Map<Member, String> idCardNumbers = new HashMap<>();
        Map<Member, String> phones = new HashMap<>();
        Map<String, Integer> rowOfIdCardHash = new LinkedHashMap<>();
        for (MemberImportRow row : rows) {
            Optional<RowChecker.Checked> checked = checker.check(row);
            checked.ifPresent(c -> {
                imported.add(c.member());
                if (c.idCardNumber() != null) {
                    Integer first = rowOfIdCardHash.putIfAbsent(c.member().idCardHash, row.row());
                    if (first != null) {
                        checker.error(row.row(), MemberColumn.ID_CARD_NUMBER, BranchError.DUPLICATE_IN_FILE, first);
                    }
                    idCardNumbers.put(c.member(), c.idCardNumber());
                }
                if (c.phone() != null) {
                    phones.put(c.member(), c.phone());
                }
            });
        }
        for (String taken : takenIdCardHashes(List.copyOf(rowOfIdCardHash.keySet()))) {
            checker.error(rowOfIdCardHash.get(taken), MemberColumn.ID_CARD_NUMBER, BranchError.MEMBER_ID_CARD_TAKEN);
        }
        checker.throwIfAnyError();

        for (Member member : imported) {
            member.id = Ulid.next();
            member.idCardCipher = idCardNumbers.containsKey(member) ? cipher.encrypt(idCardNumbers.get(member)) : null;
            member.phoneCipher = phones.containsKey(member) ? cipher.encrypt(phones.get(member)) : null;
            members.persist(member);
        }
        members.flush(); // statements in batches; a lost race on an ID number surfaces here, as a 409
        audit.createdAll(audited.ofAll(imported), 0L);
        countByOrganization(imported);
        return imported;
    }

    private Set<String> takenIdCardHashes(List<String> hashes) {
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < hashes.size(); from += LOOKUP_CHUNK) {
            taken.addAll(members.takenIdCardHashes(hashes.subList(from, Math.min(hashes.size(), from + LOOKUP_CHUNK))));
        }
        return taken;
    }

    /** The organizations' member counts, one statement per organization. */
    private void countByOrganization(List<Member> imported) {
        Map<String, List<Member>> byOrganization = imported.stream().collect(Collectors.groupingBy(m -> m.organizationId));
        byOrganization.forEach((organizationId, added) -> counts.adjust(organizationId, MemberCount.ofAll(added)));
    }

    /** Checks rows one by one and collects every error, instead of stopping at the first. */
    private final class RowChecker {

        record Checked(Member member, String idCardNumber, String phone) {
        }

        private final Organization target;
        private final Map<String, Optional<Organization>> organizationsById = new HashMap<>();
        private final List<MemberImportRejected.CellError> errors = new ArrayList<>();
        private final Map<String, List<String>> allowed = new HashMap<>();

        RowChecker(Organization target) {
            this.target = target;
            MemberColumn.allowedValues().forEach((column, values) -> allowed.put(column.name(), values));
        }

        void requireColumns(Set<MemberColumn> columns) {
            EnumSet<MemberColumn> required = EnumSet.of(MemberColumn.NAME, MemberColumn.GENDER, MemberColumn.STATUS,
                    MemberColumn.JOINED_ON);
            if (target == null) {
                required.add(MemberColumn.ORGANIZATION_ID);
            }
            required.stream().filter(c -> !columns.contains(c)).forEach(c -> error(1, c, BranchError.COLUMN_MISSING));
            throwIfAnyError();
        }

        void error(int row, MemberColumn column, ErrorCode code, Object... args) {
            errors.add(new MemberImportRejected.CellError(row, column.header(), code, args));
        }

        void throwIfAnyError() {
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(MemberImportRejected.CellError::row)
                        .thenComparingInt(e -> MemberColumn.HEADERS.indexOf(e.column())));
                throw new MemberImportRejected(errors);
            }
        }

        /** The member the row registers, or empty when the row has errors (recorded). */
        Optional<Checked> check(MemberImportRow row) {
            int before = errors.size();
            int n = row.row();
            Member member = new Member();
            member.name = required(row, MemberColumn.NAME);
            if (member.name != null && member.name.length() > MAX_NAME_LENGTH) {
                error(n, MemberColumn.NAME, BranchError.VALUE_TOO_LONG, MAX_NAME_LENGTH);
            }
            member.gender = choice(row, MemberColumn.GENDER, MemberColumn::gender, true);
            member.ethnicity = row.text(MemberColumn.ETHNICITY);
            if (member.ethnicity != null && member.ethnicity.length() > MAX_ETHNICITY_LENGTH) {
                error(n, MemberColumn.ETHNICITY, BranchError.VALUE_TOO_LONG, MAX_ETHNICITY_LENGTH);
            }
            member.birthDate = date(row, MemberColumn.BIRTH_DATE, false);
            member.education = choice(row, MemberColumn.EDUCATION, MemberColumn::education, false);
            member.status = choice(row, MemberColumn.STATUS, MemberColumn::status, true);
            member.joinedOn = date(row, MemberColumn.JOINED_ON, true);
            member.posts = posts(row);
            member.organizationId = organization(row);
            String phone = phone(row);
            String idCardNumber = idCard(row, member);
            if (member.birthDate != null && member.joinedOn != null && !Admission.oldEnough(member.birthDate, member.joinedOn)) {
                error(n, MemberColumn.JOINED_ON, BranchError.TOO_YOUNG);
            }
            if (member.status == MemberStatus.FULL && member.joinedOn != null
                    && !Admission.mayBeFull(member.joinedOn, ChinaTime.today())) {
                error(n, MemberColumn.STATUS, BranchError.ADMITTED_LESS_THAN_A_YEAR_AGO,
                        Probation.end(member.joinedOn).toString());
            }
            if (errors.size() > before) {
                return Optional.empty();
            }
            member.probationEnd = member.status == MemberStatus.PROBATIONARY ? Probation.end(member.joinedOn) : null;
            return Optional.of(new Checked(member, idCardNumber, phone));
        }

        private String required(MemberImportRow row, MemberColumn column) {
            String text = row.text(column);
            if (text == null) {
                error(row.row(), column, BranchError.VALUE_REQUIRED);
            }
            return text;
        }

        private <E> E choice(MemberImportRow row, MemberColumn column, Function<String, Optional<E>> byLabel, boolean required) {
            String text = required ? required(row, column) : row.text(column);
            if (text == null) {
                return null;
            }
            Optional<E> value = byLabel.apply(normalizeBrackets(text));
            if (value.isEmpty()) {
                error(row.row(), column, BranchError.VALUE_NOT_ALLOWED, String.join("、", allowed.get(column.name())));
            }
            return value.orElse(null);
        }

        private LocalDate date(MemberImportRow row, MemberColumn column, boolean required) {
            String text = required ? required(row, column) : row.text(column);
            if (text == null) {
                return null;
            }
            Optional<LocalDate> date = parseDate(text);
            if (date.isEmpty()) {
                error(row.row(), column, BranchError.INVALID_DATE);
                return null;
            }
            if (date.get().isAfter(ChinaTime.today())) {
                error(row.row(), column, BranchError.DATE_IN_FUTURE);
                return null;
            }
            return date.get();
        }

        private Set<Post> posts(MemberImportRow row) {
            Set<Post> posts = EnumSet.noneOf(Post.class);
            String text = row.text(MemberColumn.POSTS);
            if (text == null) {
                return posts;
            }
            for (String name : POST_SEPARATORS.split(text)) {
                Optional<Post> post = MemberColumn.post(name);
                if (post.isEmpty()) {
                    error(row.row(), MemberColumn.POSTS, BranchError.VALUE_NOT_ALLOWED,
                            String.join("、", allowed.get(MemberColumn.POSTS.name())));
                    return posts;
                }
                posts.add(post.get());
            }
            return posts;
        }

        /** The organization of the request, or the row's, which must be in scope and hold members. */
        private String organization(MemberImportRow row) {
            if (target != null) {
                return target.id;
            }
            String id = required(row, MemberColumn.ORGANIZATION_ID);
            if (id == null) {
                return null;
            }
            Optional<Organization> organization = organizationsById.computeIfAbsent(id,
                    key -> Ulid.isValid(key) ? organizations.findByIdOptional(key).filter(scope::contains) : Optional.empty());
            if (organization.isEmpty()) {
                error(row.row(), MemberColumn.ORGANIZATION_ID, BranchError.ORGANIZATION_NOT_FOUND, id);
                return null;
            }
            if (!organization.get().type.holdsMembers()) {
                error(row.row(), MemberColumn.ORGANIZATION_ID, BranchError.ORGANIZATION_HOLDS_NO_MEMBERS, organization.get().name);
                return null;
            }
            return organization.get().id;
        }

        private String phone(MemberImportRow row) {
            String text = row.text(MemberColumn.PHONE);
            if (text == null) {
                return null;
            }
            String phone = MobileNumber.normalize(text);
            if (phone == null) {
                error(row.row(), MemberColumn.PHONE, BranchError.INVALID_PHONE);
            }
            return phone;
        }

        /** The ID number, checked as on registration: GB 11643, and consistent with birth date and gender. */
        private String idCard(MemberImportRow row, Member member) {
            String text = row.text(MemberColumn.ID_CARD_NUMBER);
            if (text == null) {
                return null;
            }
            Optional<ResidentIdNumber> parsed = ResidentIdNumber.parse(text);
            if (parsed.isEmpty()) {
                error(row.row(), MemberColumn.ID_CARD_NUMBER, BranchError.INVALID_ID_CARD);
                return null;
            }
            ResidentIdNumber number = parsed.get();
            if (member.birthDate == null && row.text(MemberColumn.BIRTH_DATE) == null) {
                member.birthDate = number.birthDate();
            } else if (member.birthDate != null && !member.birthDate.equals(number.birthDate())) {
                error(row.row(), MemberColumn.BIRTH_DATE, BranchError.ID_CARD_MISMATCH, "出生日期 / birth date");
            }
            if (member.gender != null && member.gender != number.gender()) {
                error(row.row(), MemberColumn.GENDER, BranchError.ID_CARD_MISMATCH, "性别 / gender");
            }
            member.idCardHash = cipher.blindIndex(number.value());
            return number.value();
        }
    }

    /** 研究生(硕士) as 研究生（硕士）: the labels use full-width brackets, people type either. */
    private static String normalizeBrackets(String text) {
        return text.replace('(', '（').replace(')', '）');
    }

    static Optional<LocalDate> parseDate(String text) {
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(text);
            if (!matcher.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
