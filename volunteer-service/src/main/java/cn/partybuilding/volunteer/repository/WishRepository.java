package cn.partybuilding.volunteer.repository;

import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import cn.partybuilding.volunteer.domain.ClaimerKind;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.domain.WishFilter;
import cn.partybuilding.volunteer.domain.WishStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WishRepository implements PanacheRepositoryBase<Wish, String> {

    public List<Wish> page(WishFilter filter, String afterId, int limit) {
        Where where = new Where()
                .and("w.communityId = :community", "community", filter.communityId())
                .and("w.status = :status", "status", filter.status())
                .and("w.claimerMemberId = :claimer", "claimer", filter.claimerMemberId())
                .and("w.claimerOrganizationPath like :subtree", "subtree",
                        filter.claimerSubtreePath() == null ? null : filter.claimerSubtreePath() + "%")
                .and("w.id > :after", "after", afterId);
        return find("from Wish w where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public Optional<Wish> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Wish.class, id);
    }

    /**
     * 领愿: moves the wish from OPEN to CLAIMED in one conditional update, so of any number of
     * parallel claims exactly one succeeds. False when the wish is no longer open.
     */
    public boolean claimIfOpen(String wishId, ClaimerKind kind, String memberId, String claimerName, String organizationId,
                               String organizationPath, Instant at) {
        return update("""
                        status = ?1, claimerKind = ?2, claimerMemberId = ?3, claimerName = ?4, claimerOrganizationId = ?5,
                        claimerOrganizationPath = ?6, claimedAt = ?7, updatedAt = ?7, version = version + 1
                        where id = ?8 and status = ?9""",
                WishStatus.CLAIMED, kind, memberId, claimerName, organizationId, organizationPath, at, wishId, WishStatus.OPEN) == 1;
    }

    /** The member's latest wish claimed in this community, by the member or by an organization above the member. */
    public Optional<Wish> latestClaimedInCommunity(String memberId, String memberOrganizationPath, String communityId) {
        return find("""
                        communityId = ?1 and status <> ?2 and (claimerMemberId = ?3
                        or (claimerKind = ?4 and ?5 like concat(claimerOrganizationPath, '%')))""",
                Sort.descending("claimedAt"), communityId, WishStatus.OPEN, memberId, ClaimerKind.ORGANIZATION,
                memberOrganizationPath == null ? "" : memberOrganizationPath).firstResultOptional();
    }
}
