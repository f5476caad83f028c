package cn.partybuilding.volunteer.repository;

import cn.partybuilding.common.persistence.PlainQuery;
import cn.partybuilding.common.persistence.RowLocks;
import cn.partybuilding.common.persistence.StoredTime;
import cn.partybuilding.volunteer.domain.ClaimerKind;
import cn.partybuilding.volunteer.domain.PostCategory;
import cn.partybuilding.volunteer.domain.Wish;
import cn.partybuilding.volunteer.domain.WishFilter;
import cn.partybuilding.volunteer.domain.WishStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class WishRepository implements PanacheRepositoryBase<Wish, String> {

    /**
     * A page of wishes in id order, in one plain SQL statement read into unmanaged wishes: callers
     * only show them. Loading managed entities, with their snapshots for dirty checking, was the
     * larger part of the service's CPU on a community's wish list (bench/read-path.sh).
     */
    public List<Wish> page(WishFilter filter, String afterId, int limit) {
        PlainQuery page = new PlainQuery("SELECT " + WISH_COLUMNS + " FROM wish w LEFT JOIN community c ON c.id = w.community_id WHERE TRUE")
                .and("w.community_id = ?", filter.communityId())
                .and("w.status = ?", filter.status())
                .and("w.claimer_member_id = ?", filter.claimerMemberId())
                .and("w.claimer_organization_path LIKE ?", filter.claimerSubtreePath() == null ? null : filter.claimerSubtreePath() + "%")
                .and("w.id > ?", afterId)
                .append(" ORDER BY w.id LIMIT ?", limit + 1);
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> page.list(connection, WishRepository::unmanaged));
    }

    /** The columns {@link #unmanaged} reads, in its order. */
    private static final String WISH_COLUMNS = "w.id, w.community_id, c.name, w.title, w.description, w.category, w.resident_name,"
            + " w.resident_phone, w.status, w.claimer_kind, w.claimer_member_id, w.claimer_name, w.claimer_organization_id,"
            + " w.claimer_organization_path, w.claimed_at, w.fulfilment_note, w.fulfilled_at, w.confirmed_by, w.confirmed_at,"
            + " w.closed_at, w.created_by, w.version, w.created_at, w.updated_at";

    private static Wish unmanaged(ResultSet row) throws SQLException {
        Wish w = new Wish();
        w.id = row.getString(1);
        w.communityId = row.getString(2);
        w.communityName = row.getString(3);
        w.title = row.getString(4);
        w.description = row.getString(5);
        w.category = PostCategory.valueOf(row.getString(6));
        w.residentName = row.getString(7);
        w.residentPhone = row.getString(8);
        w.status = WishStatus.valueOf(row.getString(9));
        String claimerKind = row.getString(10);
        w.claimerKind = claimerKind == null ? null : ClaimerKind.valueOf(claimerKind);
        w.claimerMemberId = row.getString(11);
        w.claimerName = row.getString(12);
        w.claimerOrganizationId = row.getString(13);
        w.claimerOrganizationPath = row.getString(14);
        w.claimedAt = StoredTime.read(row, 15);
        w.fulfilmentNote = row.getString(16);
        w.fulfilledAt = StoredTime.read(row, 17);
        w.confirmedBy = row.getString(18);
        w.confirmedAt = StoredTime.read(row, 19);
        w.closedAt = StoredTime.read(row, 20);
        w.createdBy = row.getString(21);
        w.version = row.getLong(22);
        w.createdAt = StoredTime.read(row, 23);
        w.updatedAt = StoredTime.read(row, 24);
        return w;
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
