package cn.partybuilding.branch.service;

import cn.partybuilding.branch.domain.Designation;
import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberWithPersonalData;
import cn.partybuilding.branch.domain.Organization;
import cn.partybuilding.branch.domain.StarRating;
import cn.partybuilding.branch.repository.DesignationRepository;
import cn.partybuilding.branch.repository.MemberRepository;
import cn.partybuilding.branch.repository.OrganizationRepository;
import cn.partybuilding.branch.repository.StarRatingRepository;
import cn.partybuilding.common.audit.AuditTrail;
import cn.partybuilding.common.changes.ChangeFeeds;
import cn.partybuilding.common.changes.ChangeFeeds.Current;
import cn.partybuilding.common.changes.ChangeFeeds.Feed;
import cn.partybuilding.common.changes.ChangePage;
import cn.partybuilding.common.changes.ChangeParams;
import cn.partybuilding.common.changes.ChangeScope;
import cn.partybuilding.common.pii.PersonalDataCipher;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The change feeds of organizations, members, star ratings and designations: each change with
 * the resource as the caller would read it, within the caller's subtree.
 */
@RequestScoped
public class BranchChangeFeeds {

    static final Feed ORGANIZATIONS = new Feed("organizations", Set.of("Organization"));
    static final Feed MEMBERS = new Feed("members", Set.of("Member"));
    static final Feed STAR_RATINGS = new Feed("star-ratings", Set.of("StarRating"));
    static final Feed DESIGNATIONS = new Feed("designations", Set.of("Designation"));

    @Inject
    ChangeFeeds feeds;

    @Inject
    CallerScope scope;

    @Inject
    OrganizationRepository organizations;

    @Inject
    MemberRepository members;

    @Inject
    StarRatingRepository ratings;

    @Inject
    DesignationRepository designations;

    @Inject
    PersonalDataPolicy personalDataPolicy;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditTrail audit;

    @Inject
    AuditedResources audited;

    public ChangePage<Organization> organizations(ChangeParams params) {
        return feeds.page(ORGANIZATIONS, params, changeScope(),
                ids -> current(organizations.list("id in ?1", ids).stream().filter(scope::contains).toList(),
                        o -> o.id, o -> o.version),
                shown -> { });
    }

    /** Members with their phone and ID number masked as a read would; the unmasked ones shown are recorded. */
    public ChangePage<MemberWithPersonalData> members(ChangeParams params) {
        return feeds.page(MEMBERS, params, changeScope(),
                ids -> current(withinScope(members.list("select distinct m from Member m left join fetch m.posts where m.id in ?1", ids),
                                m -> m.organizationId).stream().map(this::decrypted).toList(), m -> m.member().id, m -> m.member().version),
                shown -> audit.personalDataShown(audited.ofAll(shown.stream()
                        .filter(m -> m.readableInFull() && (m.phone() != null || m.idCardNumber() != null))
                        .map(MemberWithPersonalData::member).toList())));
    }

    public ChangePage<StarRating> starRatings(ChangeParams params) {
        return feeds.page(STAR_RATINGS, params, changeScope(),
                ids -> current(withinScope(ratings.list("id in ?1", ids), r -> r.organizationId), r -> r.id, r -> r.version),
                shown -> { });
    }

    public ChangePage<Designation> designations(ChangeParams params) {
        return feeds.page(DESIGNATIONS, params, changeScope(),
                ids -> current(withinScope(designations.list("id in ?1", ids), d -> d.organizationId), d -> d.id, d -> d.version),
                shown -> { });
    }

    private ChangeScope changeScope() {
        String path = scope.subtreePath();
        return path == null ? ChangeScope.EVERYTHING : ChangeScope.of(path, null);
    }

    /** The rows whose organization lies in the caller's subtree, their organizations read in one query. */
    private <T> List<T> withinScope(List<T> rows, Function<T, String> organizationId) {
        if (rows.isEmpty() || scope.subtreePath() == null) {
            return rows;
        }
        Set<String> visible = organizations.list("id in ?1", rows.stream().map(organizationId).distinct().toList())
                .stream().filter(scope::contains).map(o -> o.id).collect(Collectors.toSet());
        return rows.stream().filter(row -> visible.contains(organizationId.apply(row))).toList();
    }

    /** The posts came with the member (one query for a page, not one per member). */
    private MemberWithPersonalData decrypted(Member member) {
        return new MemberWithPersonalData(member, cipher.decrypt(member.phoneCipher),
                cipher.decrypt(member.idCardCipher), personalDataPolicy.mayReadInFull(member));
    }

    private static <T> Map<String, Current<T>> current(Collection<T> rows, Function<T, String> id, Function<T, Long> version) {
        return rows.stream().collect(Collectors.toMap(id, row -> new Current<>(version.apply(row), row)));
    }
}
