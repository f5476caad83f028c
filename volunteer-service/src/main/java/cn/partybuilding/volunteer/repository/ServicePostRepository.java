package cn.partybuilding.volunteer.repository;

import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import cn.partybuilding.volunteer.domain.ServicePost;
import cn.partybuilding.volunteer.domain.ServicePostClaim;
import cn.partybuilding.volunteer.domain.ServicePostFilter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ServicePostRepository implements PanacheRepositoryBase<ServicePost, String> {

    public List<ServicePost> page(ServicePostFilter filter, String afterId, int limit) {
        Where where = new Where()
                .and("p.communityId = :community", "community", filter.communityId())
                .and("p.category = :category", "category", filter.category())
                .and("p.status = :status", "status", filter.status())
                .and("p.id > :after", "after", afterId);
        return find("from ServicePost p where " + where.jpql(), Sort.by("id"), where.parameters()).page(0, limit + 1).list();
    }

    public Optional<ServicePost> lockById(String id) {
        return RowLocks.lock(getEntityManager(), ServicePost.class, id);
    }

    /**
     * Takes one place if one is left: a single conditional update, so parallel claims queue on the
     * row and never pass the capacity. False when the post is full.
     */
    public boolean takePlace(String postId) {
        return getEntityManager().createNativeQuery(
                        "UPDATE service_post SET claimed = claimed + 1, version = version + 1 WHERE id = ?1 AND claimed < capacity")
                .setParameter(1, postId).executeUpdate() == 1;
    }

    public void releasePlace(String postId) {
        getEntityManager().createNativeQuery(
                        "UPDATE service_post SET claimed = claimed - 1, version = version + 1 WHERE id = ?1 AND claimed > 0")
                .setParameter(1, postId).executeUpdate();
    }

    public Optional<ServicePostClaim> claim(String postId, String memberId) {
        return Optional.ofNullable(getEntityManager().find(ServicePostClaim.class, new ServicePostClaim.Key(postId, memberId)));
    }

    /** A page of the post's claims in member id order, within {@code where}'s restrictions. */
    public List<ServicePostClaim> claimsPage(String postId, Where where, String afterMemberId, int limit) {
        where.and("c.key.postId = :post", "post", postId).and("c.key.memberId > :after", "after", afterMemberId);
        var query = getEntityManager().createQuery("from ServicePostClaim c where " + where.jpql() + " order by c.key.memberId",
                ServicePostClaim.class);
        where.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit + 1).getResultList();
    }

    public List<ServicePostClaim> claims(String postId) {
        return getEntityManager().createQuery("from ServicePostClaim c where c.key.postId = :post order by c.claimedAt",
                ServicePostClaim.class).setParameter("post", postId).getResultList();
    }

    /** The member's latest claim of a post of this community. */
    public Optional<ServicePostClaim> latestClaimInCommunity(String memberId, String communityId) {
        return getEntityManager().createQuery("""
                        select c from ServicePostClaim c, ServicePost p
                        where p.id = c.key.postId and c.key.memberId = :member and p.communityId = :community
                        order by c.claimedAt desc""", ServicePostClaim.class)
                .setParameter("member", memberId).setParameter("community", communityId)
                .setMaxResults(1).getResultStream().findFirst();
    }
}
