package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.MemberTransfer;
import cn.partybuilding.branch.domain.MobileNumber;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.branch.domain.Probation;
import cn.partybuilding.branch.domain.ResidentIdNumber;
import cn.partybuilding.branch.repository.MemberCountRepository;
import cn.partybuilding.branch.repository.MemberRepository;
import cn.partybuilding.branch.repository.MemberTransferRepository;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.branch.rest.dto.CreateMemberRequest;
import cn.partybuilding.branch.rest.dto.MemberView;
import cn.partybuilding.branch.rest.dto.TransferRequest;
import cn.partybuilding.branch.rest.dto.TransferView;
import cn.partybuilding.branch.rest.dto.UpdateMemberRequest;
import cn.partybuilding.common.http.Versions;
import cn.partybuilding.common.id.Ulid;
import cn.partybuilding.common.paging.Page;
import cn.partybuilding.common.paging.PageParams;
import cn.partybuilding.common.pii.Masking;
import cn.partybuilding.common.pii.PersonalDataCipher;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

@ApplicationScoped
public class MemberService {

    private static final int MIN_AGE = 18;

    @Inject
    MemberRepository members;

    @Inject
    MemberTransferRepository transfers;

    @Inject
    OrganizationRepository organizations;

    @Inject
    MemberCountRepository counts;

    @Inject
    CallerScope scope;

    @Inject
    PersonalDataPolicy personalDataPolicy;

    @Inject
    PersonalDataCipher cipher;

    @Transactional
    public MemberView create(CreateMemberRequest request) {
        Organization organization = memberOrganization(request.organizationId(), "organizationId");
        Member member = new Member();
        member.id = Ulid.next();
        member.organizationId = organization.id;
        member.name = request.name().trim();
        member.gender = request.gender();
        member.birthDate = request.birthDate();
        member.ethnicity = OrganizationService.blankToNull(request.ethnicity());
        member.education = request.education();
        member.status = request.status();
        member.joinedOn = request.joinedOn();
        member.probationEnd = request.status() == MemberStatus.PROBATIONARY ? Probation.end(request.joinedOn()) : null;
        member.posts = copyOf(request.posts());
        applyPhone(member, request.phone());
        applyIdCard(member, request.idCardNumber());
        checkAge(member);
        member.createdAt = Instant.now();
        member.updatedAt = member.createdAt;
        members.persist(member);
        members.flush(); // a lost race on the ID number surfaces here, as a 409
        counts.adjust(member.organizationId, member.fullCount(), 1, member.holdsCommitteePost() ? 1 : 0);
        return view(member);
    }

    /** Views are built inside the transaction: the posts load lazily. */
    @Transactional
    public MemberView get(String id) {
        return view(visible(id));
    }

    public Page<MemberView> list(MemberRepository.Filter filter, PageParams page) {
        List<Member> rows = members.page(filter, scope.subtreePath(), page.after(), page.limit);
        return Page.of(rows, page.limit, m -> m.id, this::view);
    }

    @Transactional
    public MemberView update(String id, UpdateMemberRequest request, String ifMatch) {
        Member member = lockVisible(id);
        Versions.checkIfMatch(ifMatch, member.version);
        if (request.name() != null) {
            member.name = request.name().trim();
        }
        if (request.gender() != null) {
            member.gender = request.gender();
        }
        if (request.birthDate() != null) {
            member.birthDate = request.birthDate();
        }
        if (request.ethnicity() != null) {
            member.ethnicity = OrganizationService.blankToNull(request.ethnicity());
        }
        if (request.education() != null) {
            member.education = request.education();
        }
        int committeeBefore = member.holdsCommitteePost() ? 1 : 0;
        if (request.posts() != null) {
            member.posts.clear();
            member.posts.addAll(request.posts());
        }
        if (request.phone() != null) {
            applyPhone(member, request.phone().isBlank() ? null : request.phone());
        }
        if (request.idCardNumber() != null) {
            applyIdCard(member, request.idCardNumber());
        } else if (request.birthDate() != null || request.gender() != null) {
            applyIdCard(member, cipher.decrypt(member.idCardCipher)); // re-check consistency with the stored number
        }
        checkAge(member);
        member.updatedAt = Instant.now();
        members.flush(); // one version increment for the whole change, before the counts' own statement
        counts.adjust(member.organizationId, 0, 0, (member.holdsCommitteePost() ? 1 : 0) - committeeBefore);
        return view(member);
    }

    /** 延长预备期: once, by 6 to 12 months. */
    @Transactional
    public MemberView extendProbation(String id, int months, String ifMatch) {
        Member member = lockVisible(id);
        Versions.checkIfMatch(ifMatch, member.version);
        if (member.status != MemberStatus.PROBATIONARY) {
            throw new ProblemException(BranchError.NOT_PROBATIONARY, "延长预备期");
        }
        if (member.probationExtended) {
            throw new ProblemException(BranchError.PROBATION_ALREADY_EXTENDED);
        }
        member.probationEnd = Probation.extendedEnd(member.probationEnd, months);
        member.probationExtended = true;
        member.updatedAt = Instant.now();
        members.flush();
        return view(member);
    }

    /** 转为正式党员: from the end of probation on. */
    @Transactional
    public MemberView grantFullMembership(String id, String ifMatch) {
        Member member = lockVisible(id);
        Versions.checkIfMatch(ifMatch, member.version);
        if (member.status != MemberStatus.PROBATIONARY) {
            throw new ProblemException(BranchError.NOT_PROBATIONARY, "转为正式党员");
        }
        if (LocalDate.now().isBefore(member.probationEnd)) {
            throw new ProblemException(BranchError.PROBATION_NOT_OVER, member.probationEnd.toString());
        }
        member.status = MemberStatus.FULL;
        member.updatedAt = Instant.now();
        members.flush();
        counts.adjust(member.organizationId, 1, 0, 0);
        return view(member);
    }

    /**
     * 组织关系转接. The member row is locked for the whole transfer, so concurrent transfers of one
     * member run one after another and each records the organization the previous one left.
     * Posts belong to the old organization and end with the move.
     */
    @Transactional
    public MemberTransfer transfer(String memberId, TransferRequest request, String ifMatch) {
        Member member = lockVisible(memberId);
        Versions.checkIfMatch(ifMatch, member.version);
        Organization target = memberOrganization(request.toOrganizationId(), "toOrganizationId");
        if (target.id.equals(member.organizationId)) {
            throw ProblemException.forField("toOrganizationId", BranchError.TRANSFER_TO_SAME_ORGANIZATION);
        }
        MemberTransfer transfer = new MemberTransfer();
        transfer.id = Ulid.next();
        transfer.memberId = member.id;
        transfer.fromOrganizationId = member.organizationId;
        transfer.toOrganizationId = target.id;
        transfer.reason = OrganizationService.blankToNull(request.reason());
        transfer.effectiveOn = request.effectiveOn() == null ? LocalDate.now() : request.effectiveOn();
        transfer.recordedBy = scope.caller().subject();
        transfer.createdAt = Instant.now();
        transfers.persist(transfer);
        String from = member.organizationId;
        int committeeLeaving = member.holdsCommitteePost() ? 1 : 0;
        member.organizationId = target.id;
        member.posts.clear();
        member.updatedAt = transfer.createdAt;
        members.flush();
        counts.move(from, target.id, member.fullCount(), committeeLeaving);
        return transfer;
    }

    public Page<TransferView> transfers(String memberId, PageParams page) {
        visible(memberId);
        return Page.of(transfers.page(memberId, page.after(), page.limit), page.limit, t -> t.id, TransferView::of);
    }

    private MemberView view(Member member) {
        String phone = cipher.decrypt(member.phoneCipher);
        String idCard = cipher.decrypt(member.idCardCipher);
        boolean full = personalDataPolicy.mayReadInFull(member);
        return new MemberView(member.id, member.organizationId, member.name, member.gender, member.birthDate,
                member.ethnicity, member.education, member.status, member.joinedOn, member.probationEnd,
                member.probationExtended, Set.copyOf(member.posts),
                full ? phone : Masking.phone(phone), full ? idCard : Masking.idCard(idCard),
                !full && (phone != null || idCard != null), member.version, member.createdAt, member.updatedAt);
    }

    private Member visible(String id) {
        Member member = members.findByIdOptional(id).orElseThrow(ProblemException::notFound);
        organizations.findByIdOptional(member.organizationId).filter(scope::contains)
                .orElseThrow(ProblemException::notFound);
        return member;
    }

    private Member lockVisible(String id) {
        Member member = members.lockById(id).orElseThrow(ProblemException::notFound);
        organizations.findByIdOptional(member.organizationId).filter(scope::contains)
                .orElseThrow(ProblemException::notFound);
        return member;
    }

    private Organization memberOrganization(String id, String field) {
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
        if (member.birthDate != null && Period.between(member.birthDate, member.joinedOn).getYears() < MIN_AGE) {
            throw ProblemException.forField("joinedOn", BranchError.TOO_YOUNG);
        }
    }

    private static Set<Post> copyOf(Set<Post> posts) {
        return posts == null || posts.isEmpty() ? EnumSet.noneOf(Post.class) : EnumSet.copyOf(posts);
    }
}
