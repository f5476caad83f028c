package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.Education;
import cn.partybuilding.branch.domain.Gender;
import cn.partybuilding.branch.domain.Leader;
import cn.partybuilding.branch.domain.Member;
import cn.partybuilding.branch.domain.MemberFilter;
import cn.partybuilding.branch.domain.MemberStatus;
import cn.partybuilding.branch.domain.Post;
import cn.partybuilding.common.paging.Where;
import cn.partybuilding.common.persistence.RowLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.Session;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, String> {

    public List<Member> page(MemberFilter filter, String scopePath, String afterId, int limit) {
        Where where = new Where()
                .and("m.organizationId in (select o.id from Organization o where o.path like :scope)", "scope",
                        scopePath == null ? null : scopePath + "%")
                .and("m.organizationId in (select s.id from Organization s where s.path like :subtree)", "subtree",
                        filter.subtreePath() == null ? null : filter.subtreePath() + "%")
                .and("m.status = :status", "status", filter.status())
                .and(":post member of m.posts", "post", filter.post())
                .and("m.name like :name", "name",
                        filter.nameContains() == null ? null : "%" + OrganizationRepository.escapeLike(filter.nameContains()) + "%")
                .and("m.id in :ids", "ids", filter.ids())
                .and("m.id > :after", "after", afterId);
        return find("from Member m where " + where.jpql(), Sort.by("id"), where.parameters())
                .page(0, limit + 1).list();
    }

    /**
     * A page of an export: the members of a subtree (null: all) after {@code afterId}, in id order,
     * with their posts, in one plain SQL statement. The members are not managed: an export of
     * 100,000 members neither hydrates entities nor fills the session.
     */
    public List<Member> exportPage(String subtreePath, String afterId, int limit) {
        String sql = "SELECT m.id, m.organization_id, m.name, m.gender, m.birth_date, m.ethnicity, m.education, m.status,"
                + " m.joined_on, m.probation_end, m.probation_extended, m.phone_cipher, m.id_card_cipher, m.version,"
                + " (SELECT GROUP_CONCAT(p.post) FROM member_post p WHERE p.member_id = m.id) AS posts"
                + " FROM member m WHERE m.id > ?"
                + (subtreePath == null ? "" : " AND m.organization_id IN (SELECT o.id FROM organization o WHERE o.path LIKE ?)")
                + " ORDER BY m.id LIMIT ?";
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 0;
                select.setString(++i, afterId == null ? "" : afterId);
                if (subtreePath != null) {
                    select.setString(++i, OrganizationRepository.escapeLike(subtreePath) + "%");
                }
                select.setInt(++i, limit);
                List<Member> page = new ArrayList<>(limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        page.add(exported(row));
                    }
                }
                return page;
            }
        });
    }

    private static Member exported(ResultSet row) throws SQLException {
        Member m = new Member();
        m.id = row.getString("id");
        m.organizationId = row.getString("organization_id");
        m.name = row.getString("name");
        m.gender = Gender.valueOf(row.getString("gender"));
        m.birthDate = row.getObject("birth_date", LocalDate.class);
        m.ethnicity = row.getString("ethnicity");
        String education = row.getString("education");
        m.education = education == null ? null : Education.valueOf(education);
        m.status = MemberStatus.valueOf(row.getString("status"));
        m.joinedOn = row.getObject("joined_on", LocalDate.class);
        m.probationEnd = row.getObject("probation_end", LocalDate.class);
        m.probationExtended = row.getBoolean("probation_extended");
        m.phoneCipher = row.getString("phone_cipher");
        m.idCardCipher = row.getString("id_card_cipher");
        m.version = row.getLong("version");
        String posts = row.getString("posts");
        if (posts != null) {
            for (String post : posts.split(",")) {
                m.posts.add(Post.valueOf(post));
            }
        }
        return m;
    }

    /** A member, and the path of the organization a caller's scope names (null: none asked, or no such organization). */
    public record MemberAndScopePath(Member member, String scopePath) {
    }

    /**
     * One member with its posts, and its organization loaded into the session with it, in one
     * statement: the scope check that follows finds the organization there, and rendering the member
     * needs its posts. The path of {@code scopeOrganizationId} (the caller's organization, null when
     * already known) comes in the same round trip: a member read was four statements (member,
     * organization, caller's organization, posts), now one (bench/read-path.sh).
     */
    public Optional<MemberAndScopePath> findWithPostsAndOrganization(String id, String scopeOrganizationId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select m, o, (select s.path from Organization s where s.id = :scopeOrganizationId)
                        from Member m join Organization o on o.id = m.organizationId
                        left join fetch m.posts where m.id = :id""", Object[].class)
                .setParameter("id", id)
                .setParameter("scopeOrganizationId", scopeOrganizationId)
                .getResultList();
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(new MemberAndScopePath((Member) rows.get(0)[0], (String) rows.get(0)[2]));
    }

    public Optional<Member> lockById(String id) {
        return RowLocks.lock(getEntityManager(), Member.class, id);
    }

    public boolean idCardTaken(String idCardHash) {
        return count("idCardHash", idCardHash) > 0;
    }

    /** Which of these ID-number hashes belong to registered members. */
    public Set<String> takenIdCardHashes(Collection<String> idCardHashes) {
        return idCardHashes.isEmpty() ? Set.of()
                : Set.copyOf(getEntityManager().createQuery("select m.idCardHash from Member m where m.idCardHash in :hashes", String.class)
                        .setParameter("hashes", idCardHashes).getResultList());
    }

    public long countIn(String organizationId) {
        return count("organizationId", organizationId);
    }

    public List<Leader> leadersOf(String organizationId) {
        return getEntityManager().createQuery(
                        "select new cn.partybuilding.branch.domain.Leader(p, m.id, m.name)"
                                + " from Member m join m.posts p where m.organizationId = :org order by p, m.id",
                        Leader.class)
                .setParameter("org", organizationId).getResultList();
    }
}
