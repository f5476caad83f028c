package cn.partybuilding.branch.service;

import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.branch.domain.Admission;
import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberCount;
import cn.partybuilding.branch.domain.MemberFilter;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.MemberProfile;
import cn.partybuilding.branch.domain.MemberTransfer;
import cn.partybuilding.branch.domain.MemberWithPersonalData;
import cn.partybuilding.branch.domain.MobileNumber;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.domain.Probation;
import cn.partybuilding.branch.domain.ResidentIdNumber;
import cn.partybuilding.branch.repository.MemberCountRepository;
import cn.partybuilding.branch.repository.MemberRepository;
import cn.partybuilding.branch.repository.MemberRepository.MemberRead;
import cn.partybuilding.branch.repository.MemberTransferRepository;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Hibernate;

@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final MemberTransferRepository transfers;
    private final MemberCountRepository counts;
    private final CallerScope scope;
    private final PersonalDataPolicy personalDataPolicy;
    private final PersonalDataCipher cipher;
    private final AuditTrail audit;
    private final AuditedResources audited;

    MemberService(MemberRepository members, MemberTransferRepository transfers, MemberCountRepository counts,
                  CallerScope scope, PersonalDataPolicy personalDataPolicy, PersonalDataCipher cipher,
                  AuditTrail audit, AuditedResources audited) {
        this.members = members;
        this.transfers = transfers;
        this.counts = counts;
        this.scope = scope;
        this.personalDataPolicy = personalDataPolicy;
        this.cipher = cipher;
        this.audit = audit;
        this.audited = audited;
    }

    /** Refuses to start without a valid PII_KEY, instead of failing on the first request that needs it. */
    void requirePersonalDataKey(@Observes StartupEvent event) {
        cipher.requireKey();
    }

    @Transactional
    public MemberWithPersonalData create(CreateMember command) {
        Organization organization = memberOrganization(command.organizationId(), "organizationId");
        Member member = new Member();
        member.id = Ulid.next();
        member.organizationId = organization.id;
        member.name = command.name().trim();
        member.gender = command.gender();
        member.birthDate = command.birthDate();
        member.ethnicity = OrganizationService.blankToNull(command.ethnicity());
        member.education = command.education();
        member.status = command.status();
        member.joinedOn = command.joinedOn();
        member.probationEnd = command.status() == MemberStatus.PROBATIONARY ? Probation.end(command.joinedOn()) : null;
        member.posts = copyOf(command.posts());
        applyPhone(member, command.phone());
        applyIdCard(member, command.idCardNumber());
        checkAge(member);
        if (member.status == MemberStatus.FULL && !Admission.mayBeFull(member.joinedOn, ChinaTime.today())) {
            throw ProblemException.forField("status", BranchError.ADMITTED_LESS_THAN_A_YEAR_AGO,
                    Probation.end(member.joinedOn).toString());
        }
        members.persist(member);
        members.flush(); // a lost race on the ID number surfaces here, as a 409
        audit.created(audited.of(member), member.version);
        counts.adjust(member.organizationId, MemberCount.of(member));
        return withPersonalData(member);
    }

    /** The member with its organization's name, read by the same statement. */
    public MemberProfile profile(String id) {
        MemberRead read = visibleRead(id);
        return new MemberProfile(withPersonalData(read.member()), read.organizationName());
    }

    /** {@code organizationId} narrows the list to that subtree: a 422 on that parameter when out of scope. */
    public Page<MemberWithPersonalData> list(String organizationId, MemberStatus status, Post post,
                                             String nameContains, Collection<String> ids, PageParams page) {
        String subtreePath = scope.subtreePathOf(organizationId, "organizationId");
        return page(new MemberFilter(subtreePath, status, post, nameContains, ids), page);
    }

    /** The members of an organization's subtree, the organization named in the path: 404 when out of scope. */
    public Page<MemberWithPersonalData> membersOf(String organizationId, MemberStatus status, Post post,
                                                  String nameContains, PageParams page) {
        String subtreePath = scope.organization(organizationId).path;
        return page(new MemberFilter(subtreePath, status, post, nameContains, null), page);
    }

    @Transactional
    public MemberWithPersonalData update(String id, UpdateMember command, String ifMatch) {
        Member member = lockVisible(id);
        Versions.checkIfMatch(ifMatch, member.version);
        long before = member.version;
        if (command.name() != null) {
            member.name = command.name().trim();
        }
        if (command.gender() != null) {
            member.gender = command.gender();
        }
        if (command.birthDate() != null) {
            member.birthDate = command.birthDate();
        }
        if (command.ethnicity() != null) {
            member.ethnicity = OrganizationService.blankToNull(command.ethnicity());
        }
        if (command.education() != null) {
            member.education = command.education();
        }
        MemberCount countedBefore = MemberCount.of(member);
        if (command.posts() != null) {
            member.posts.clear();
            member.posts.addAll(command.posts());
        }
        if (command.phone() != null) {
            applyPhone(member, command.phone().isBlank() ? null : command.phone());
        }
        if (command.idCardNumber() != null) {
            applyIdCard(member, command.idCardNumber());
        } else if (command.birthDate() != null || command.gender() != null) {
            applyIdCard(member, cipher.decrypt(member.idCardCipher)); // re-check consistency with the stored number
        }
        checkAge(member);
        members.flush(); // one version increment for the whole change, before the counts' own statement
        audit.changed(audited.of(member), before, member.version);
        counts.adjust(member.organizationId, MemberCount.of(member).minus(countedBefore));
        return withPersonalData(member);
    }

    /** 延长预备期: once, by 6 to 12 months, when probation is over (预备期满) and the branch decides it. */
    @Transactional
    public MemberWithPersonalData extendProbation(String id, ExtendProbation command, String ifMatch) {
        Member member = lockVisible(id);
        Versions.checkIfMatch(ifMatch, member.version);
        long before = member.version;
        if (member.status != MemberStatus.PROBATIONARY) {
            throw new ProblemException(BranchError.NOT_PROBATIONARY, "延长预备期");
        }
        if (member.probationExtended) {
            throw new ProblemException(BranchError.PROBATION_ALREADY_EXTENDED);
        }
        if (!Probation.isOver(member.probationEnd, ChinaTime.today())) {
            throw new ProblemException(BranchError.PROBATION_NOT_OVER, member.probationEnd.toString());
        }
        member.probationEnd = Probation.extendedEnd(member.probationEnd, command.months());
        member.probationExtended = true;
        members.flush();
        audit.changed(audited.of(member), before, member.version);
        return withPersonalData(member);
    }

    /** 转为正式党员: from the end of probation on (China's date), as the 支部大会 decided and the higher organization approved. */
    @Transactional
    public MemberWithPersonalData grantFullMembership(String id, String ifMatch) {
        Member member = lockVisible(id);
        Versions.checkIfMatch(ifMatch, member.version);
        long before = member.version;
        if (member.status != MemberStatus.PROBATIONARY) {
            throw new ProblemException(BranchError.NOT_PROBATIONARY, "转为正式党员");
        }
        if (!Probation.isOver(member.probationEnd, ChinaTime.today())) {
            throw new ProblemException(BranchError.PROBATION_NOT_OVER, member.probationEnd.toString());
        }
        member.status = MemberStatus.FULL;
        members.flush();
        audit.changed(audited.of(member), before, member.version);
        counts.adjust(member.organizationId, new MemberCount(1, 0, 0, 0));
        return withPersonalData(member);
    }

    /**
     * 组织关系转接. The member row is locked for the whole transfer, so concurrent transfers of one
     * member run one after another and each records the organization the previous one left.
     * Posts belong to the old organization and end with the move; status and an ongoing probation
     * (its end, and whether it was extended) move with the member, and the receiving branch decides
     * on full membership when it is over.
     */
    @Transactional
    public MemberTransfer transfer(String memberId, TransferMember command, String ifMatch) {
        Member member = lockVisible(memberId);
        Versions.checkIfMatch(ifMatch, member.version);
        long before = member.version;
        Organization target = memberOrganization(command.toOrganizationId(), "toOrganizationId");
        if (target.id.equals(member.organizationId)) {
            throw ProblemException.forField("toOrganizationId", BranchError.TRANSFER_TO_SAME_ORGANIZATION);
        }
        MemberTransfer transfer = new MemberTransfer();
        transfer.id = Ulid.next();
        transfer.memberId = member.id;
        transfer.fromOrganizationId = member.organizationId;
        transfer.toOrganizationId = target.id;
        transfer.reason = OrganizationService.blankToNull(command.reason());
        transfer.effectiveOn = command.effectiveOn() == null ? ChinaTime.today() : command.effectiveOn();
        transfer.recordedBy = scope.caller().subject();
        transfer.createdAt = StoredTime.now();
        transfers.persist(transfer);
        String from = member.organizationId;
        MemberCount leaving = MemberCount.of(member);
        member.organizationId = target.id;
        member.posts.clear();
        members.flush();
        audit.changed(audited.of(member), before, member.version); // placed in the organization the member joins
        counts.move(from, leaving, target.id, MemberCount.of(member));
        return transfer;
    }

    /** One transfer of a member the caller may see; an id of another member's transfer is 404 too. */
    public MemberTransfer transferOf(String memberId, String transferId) {
        if (!Ulid.isValid(transferId)) {
            throw ProblemException.notFound();
        }
        visible(memberId);
        return transfers.findOfMember(memberId, transferId).orElseThrow(ProblemException::notFound);
    }

    public Page<MemberTransfer> transfers(String memberId, PageParams page) {
        visible(memberId);
        return Page.of(transfers.page(memberId, page.after(), page.limit), page.limit, t -> t.id, Function.identity());
    }

    private Page<MemberWithPersonalData> page(MemberFilter filter, PageParams page) {
        Page<MemberWithPersonalData> shown = Page.of(members.page(filter, scope.subtreePath(), page.after(), page.limit),
                page.limit, m -> m.id, this::decrypted);
        recordUnmaskedReads(shown.items());
        return shown;
    }

    /**
     * Each member whose phone or ID number this caller is shown in full is an audited read, in a
     * write's answer as in a read's.
     */
    void recordUnmaskedReads(List<MemberWithPersonalData> shown) {
        String reader = scope.caller().subject();
        List<Member> unmasked = shown.stream()
                .filter(m -> m.readableInFull() && (m.phone() != null || m.idCardNumber() != null))
                .map(MemberWithPersonalData::member)
                // the trail is of who saw someone else's data: a member's own record shown to them discloses nothing
                .filter(member -> !member.id.equals(reader))
                .toList();
        audit.personalDataShown(audited.ofAll(unmasked));
    }

    /** The member as this caller is shown it; showing the personal data in full is recorded. */
    private MemberWithPersonalData withPersonalData(Member member) {
        MemberWithPersonalData shown = decrypted(member);
        recordUnmaskedReads(List.of(shown));
        return shown;
    }

    /**
     * Decrypts the personal data and asks the policy whether this caller reads it in full. The posts
     * are loaded here: callers map the member after its transaction has ended.
     */
    MemberWithPersonalData decrypted(Member member) {
        Hibernate.initialize(member.posts);
        return new MemberWithPersonalData(member, cipher.decrypt(member.phoneCipher),
                cipher.decrypt(member.idCardCipher), personalDataPolicy.mayReadInFull(member));
    }

    private Member visible(String id) {
        return visibleRead(id).member();
    }

    /** The member, checked against the caller's scope before anything is shown: 404 outside it. */
    private MemberRead visibleRead(String id) {
        MemberRead read = members.findForRead(id).orElseThrow(ProblemException::notFound);
        scope.found(read);
        if (!scope.containsPath(read.organizationPath())) {
            throw ProblemException.notFound();
        }
        return read;
    }

    private Member lockVisible(String id) {
        Member member = members.lockById(id).orElseThrow(ProblemException::notFound);
        scope.organization(member.organizationId);
        return member;
    }

    Organization memberOrganization(String id, String field) {
        Organization organization = scope.referencedOrganization(id, field, BranchError.ORGANIZATION_NOT_FOUND);
        if (!organization.type.holdsMembers()) {
            throw ProblemException.forField(field, BranchError.ORGANIZATION_HOLDS_NO_MEMBERS, organization.name);
        }
        return organization;
    }

    private void applyPhone(Member member, String phone) {
        if (phone == null) {
            member.phoneCipher = null;
            return;
        }
        String normalized = MobileNumber.normalize(phone);
        if (normalized == null) {
            throw ProblemException.forField("phone", BranchError.INVALID_PHONE);
        }
        member.phoneCipher = cipher.encrypt(normalized);
    }

    /** Validates the number (GB 11643), cross-checks birth date and gender, and keeps it unique. */
    private void applyIdCard(Member member, String raw) {
        if (raw == null) {
            return;
        }
        ResidentIdNumber number = ResidentIdNumber.parse(raw)
                .orElseThrow(() -> ProblemException.forField("idCardNumber", BranchError.INVALID_ID_CARD));
        if (member.birthDate == null) {
            member.birthDate = number.birthDate();
        } else if (!member.birthDate.equals(number.birthDate())) {
            throw ProblemException.forField("birthDate", BranchError.ID_CARD_MISMATCH, "出生日期 / birth date");
        }
        if (member.gender != number.gender()) {
            throw ProblemException.forField("gender", BranchError.ID_CARD_MISMATCH, "性别 / gender");
        }
        String hash = cipher.blindIndex(number.value());
        if (!hash.equals(member.idCardHash) && members.idCardTaken(hash)) {
            throw ProblemException.forField("idCardNumber", BranchError.MEMBER_ID_CARD_TAKEN);
        }
        member.idCardHash = hash;
        member.idCardCipher = cipher.encrypt(number.value());
    }

    private static void checkAge(Member member) {
        if (member.birthDate != null && !Admission.oldEnough(member.birthDate, member.joinedOn)) {
            throw ProblemException.forField("joinedOn", BranchError.TOO_YOUNG);
        }
    }

    private static Set<Post> copyOf(Set<Post> posts) {
        return posts == null || posts.isEmpty() ? EnumSet.noneOf(Post.class) : EnumSet.copyOf(posts);
    }
}
