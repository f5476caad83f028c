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
import cn.partybuilding.common.persistence.StoredTime;
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
        String sql = "SELECT " + MEMBER_COLUMNS + ", (SELECT GROUP_CONCAT(p.post) FROM member_post p WHERE p.member_id = m.id)"
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
                        page.add(withPosts(unmanaged(row), row.getString(MEMBER_COLUMN_COUNT + 1)));
                    }
                }
                return page;
            }
        });
    }

    /** Timestamps are stored as UTC wall-clock times (quarkus.hibernate-orm.jdbc.timezone). */
    /** The columns {@link #unmanaged} reads, in its order; a statement's own columns follow them. */
    private static final String MEMBER_COLUMNS = "m.id, m.organization_id, m.name, m.gender, m.birth_date, m.ethnicity,"
            + " m.education, m.status, m.joined_on, m.probation_end, m.probation_extended, m.phone_cipher, m.id_card_cipher,"
            + " m.version";
    private static final int MEMBER_COLUMN_COUNT = 14;

    /**
     * The member from the first {@link #MEMBER_COLUMN_COUNT} columns, read by position: by label,
     * Connector/J builds a map of the result's column names for every statement.
     */
    private static Member unmanaged(ResultSet row) throws SQLException {
        Member m = new Member();
        m.id = row.getString(1);
        m.organizationId = row.getString(2);
        m.name = row.getString(3);
        m.gender = Gender.valueOf(row.getString(4));
        m.birthDate = row.getObject(5, LocalDate.class);
        m.ethnicity = row.getString(6);
        String education = row.getString(7);
        m.education = education == null ? null : Education.valueOf(education);
        m.status = MemberStatus.valueOf(row.getString(8));
        m.joinedOn = row.getObject(9, LocalDate.class);
        m.probationEnd = row.getObject(10, LocalDate.class);
        m.probationExtended = row.getBoolean(11);
        m.phoneCipher = row.getString(12);
        m.idCardCipher = row.getString(13);
        m.version = row.getLong(14);
        return m;
    }

    private static Member withPosts(Member member, String commaSeparatedPosts) {
        if (commaSeparatedPosts != null) {
            for (String post : commaSeparatedPosts.split(",")) {
                member.posts.add(Post.valueOf(post));
            }
        }
        return member;
    }

    /** A member read by id, with its organization's name and path. */
    public record MemberRead(Member member, String organizationName, String organizationPath) {
    }

    /**
     * One member with its posts and its organization's name and path, in one plain SQL statement of
     * joins on primary keys, a row per post. As one HQL query it spent a third of the service's CPU
     * on building two managed entities and their snapshots, and MariaDB a subquery for the caller's
     * organization path that the scope check no longer needs. The member is not managed: callers
     * only show it (bench/read-path.sh).
     */
    public Optional<MemberRead> findForRead(String id) {
        String sql = "SELECT " + MEMBER_COLUMNS + ", m.created_at, m.updated_at, p.post, o.name, o.path"
                + " FROM member m JOIN organization o ON o.id = m.organization_id"
                + " LEFT JOIN member_post p ON p.member_id = m.id WHERE m.id = ?";
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    int after = MEMBER_COLUMN_COUNT; // the columns after the member's, in the select's order
                    Member member = unmanaged(row);
                    member.createdAt = StoredTime.read(row, after + 1);
                    member.updatedAt = StoredTime.read(row, after + 2);
                    MemberRead read = new MemberRead(member, row.getString(after + 4), row.getString(after + 5));
                    do {
                        String post = row.getString(after + 3);
                        if (post != null) {
                            member.posts.add(Post.valueOf(post));
                        }
                    } while (row.next());
                    return Optional.of(read);
                }
            }
        });
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
