package cn.partybuilding.volunteer.service;

import cn.partybuilding.branchclient.BranchClientError;
import cn.partybuilding.branchclient.BranchDirectory;
import cn.partybuilding.branchclient.BranchServiceClient;
import cn.partybuilding.common.problem.ProblemException;
import cn.partybuilding.volunteer.repository.CommunityReportRepository;
import cn.partybuilding.volunteer.repository.ServicePostRepository;
import cn.partybuilding.volunteer.repository.WishRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Who a request is about. Members and their organizations come from branch-service (the caller's
 * token is passed on); community staff, who cannot read branch-service, know a member through the
 * member's report to their community or a post of theirs the member claimed.
 */
@ApplicationScoped
public class Volunteers {

    /** A member and their organization, as copied onto the rows this service writes. */
    /** {@code maskedIdCardNumber}: known only when branch-service named the member (null as a community knows them). */
    public record Volunteer(String memberId, String name, String organizationId, String organizationPath,
                            String organizationName, String maskedIdCardNumber) {
    }

    private final VolunteerScope scope;
    private final BranchDirectory branches;
    private final CommunityReportRepository reports;
    private final ServicePostRepository posts;
    private final WishRepository wishes;

    public Volunteers(VolunteerScope scope, BranchDirectory branches, CommunityReportRepository reports, ServicePostRepository posts,
                      WishRepository wishes) {
        this.scope = scope;
        this.branches = branches;
        this.reports = reports;
        this.posts = posts;
        this.wishes = wishes;
    }

    /**
     * The caller themself when {@code memberId} is null or theirs; otherwise a member of an
     * organization the caller manages, or a 422 problem on {@code field}.
     */
    public Volunteer resolve(String memberId, String field) {
        String self = scope.memberId();
        if (memberId == null || memberId.equals(self)) {
            return fromBranchService(memberId == null ? scope.requireMemberId() : memberId, field);
        }
        if (scope.isSystemAdmin() || scope.isOrganizationRole()) {
            Volunteer volunteer = fromBranchService(memberId, field);
            if (scope.manages(volunteer.organizationPath())) {
                return volunteer;
            }
        }
        throw ProblemException.forField(field, BranchClientError.MEMBER_NOT_FOUND, memberId);
    }

    /**
     * The path of the calling member's own organization, from their member record (not a token
     * claim); empty for a caller who is no member or whom branch-service does not show.
     */
    public Optional<String> callerOrganizationPath() {
        String self = scope.memberId();
        if (self == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromBranchService(self, "memberId").organizationPath());
        } catch (ProblemException notShown) {
            return Optional.empty();
        }
    }

    private Volunteer fromBranchService(String memberId, String field) {
        BranchServiceClient.MemberRef member = branches.member(memberId, scope.authorization(), field);
        BranchServiceClient.OrganizationRef organization =
                branches.organization(member.organizationId(), scope.authorization(), field);
        return new Volunteer(member.id(), member.name(), organization.id(), organization.path(), organization.name(),
                member.idCardNumber());
    }

    /** The member as the community knows them: through their report or a claimed post. */
    public Optional<Volunteer> knownToCommunity(String memberId, String communityId) {
        Optional<Volunteer> reported = reports.latestMemberReport(memberId, communityId)
                .map(r -> new Volunteer(r.memberId, r.memberName, r.organizationId, r.organizationPath, r.organizationName, null));
        if (reported.isPresent()) {
            return reported;
        }
        return posts.latestClaimInCommunity(memberId, communityId)
                .map(c -> new Volunteer(memberId, c.memberName, c.organizationId, c.organizationPath, c.organizationName, null));
    }

    /**
     * Whether the member serves the community: they or an organization above them reported to it,
     * or they claimed one of its posts, or they (or an organization above them) claimed one of its wishes.
     */
    public boolean relatedTo(Volunteer volunteer, String communityId) {
        return reports.latestMemberReport(volunteer.memberId(), communityId).isPresent()
                || reports.organizationReported(communityId, volunteer.organizationPath())
                || posts.latestClaimInCommunity(volunteer.memberId(), communityId).isPresent()
                || wishes.latestClaimedInCommunity(volunteer.memberId(), volunteer.organizationPath(), communityId).isPresent();
    }
}
