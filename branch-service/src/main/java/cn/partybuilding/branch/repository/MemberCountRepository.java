package cn.partybuilding.branch.repository;

import cn.partybuilding.branch.domain.BranchCounts;
import cn.partybuilding.branch.domain.CommitteeRule;
import cn.partybuilding.branch.domain.MemberCount;
import cn.partybuilding.branch.domain.StructureRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code organization_member_count} table: full, total, committee and ordinary committee members
 * (委员 besides secretary and deputy) per organization, changed by the same transaction as the member
 * write, with atomic increments.
 */
@ApplicationScoped
public class MemberCountRepository {

    @Inject
    EntityManager em;

    /** Adds {@code change} (negative parts subtract) to the organization's counts, in one atomic statement. */
    public void adjust(String organizationId, MemberCount change) {
        if (change.isZero()) {
            return;
        }
        em.createNativeQuery("""
                        INSERT INTO organization_member_count (organization_id, full_members, total_members, committee_members,
                                                               ordinary_committee_members)
                        VALUES (:org, :full, :total, :committee, :ordinary)
                        ON DUPLICATE KEY UPDATE full_members = full_members + :full, total_members = total_members + :total,
                                                committee_members = committee_members + :committee,
                                                ordinary_committee_members = ordinary_committee_members + :ordinary""")
                .setParameter("org", organizationId)
                .setParameter("full", change.full())
                .setParameter("total", change.total())
                .setParameter("committee", change.committee())
                .setParameter("ordinary", change.ordinaryCommittee())
                .executeUpdate();
    }

    /**
     * Moves one member between two organizations: {@code leaving} is how the member counted where
     * they were, {@code arriving} how they count where they go. The two rows are locked in id order
     * (no deadlock).
     */
    public void move(String fromOrganizationId, MemberCount leaving, String toOrganizationId, MemberCount arriving) {
        MemberCount left = MemberCount.NONE.minus(leaving);
        if (fromOrganizationId.compareTo(toOrganizationId) < 0) {
            adjust(fromOrganizationId, left);
            adjust(toOrganizationId, arriving);
        } else {
            adjust(toOrganizationId, arriving);
            adjust(fromOrganizationId, left);
        }
    }

    /**
     * Every branch of the subtree that breaks a structure or committee rule, from the kept counts: one indexed
     * range over the branches, plus the few party groups whose members count for their branch.
     */
    @SuppressWarnings("unchecked")
    public List<BranchCounts> branchesBreakingStructureRules(String subtreePath) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT b.id, b.code, b.name,
                               COALESCE(c.full_members, 0) + COALESCE(g.full_members, 0) AS full_members,
                               COALESCE(c.total_members, 0) + COALESCE(g.total_members, 0) AS total_members,
                               COALESCE(c.committee_members, 0) + COALESCE(g.committee_members, 0) AS committee_members,
                               COALESCE(c.ordinary_committee_members, 0) + COALESCE(g.ordinary_committee_members, 0)
                                   AS ordinary_committee_members
                          FROM organization b
                          LEFT JOIN organization_member_count c ON c.organization_id = b.id
                          LEFT JOIN (SELECT o.parent_id, SUM(gc.full_members) AS full_members,
                                            SUM(gc.total_members) AS total_members, SUM(gc.committee_members) AS committee_members,
                                            SUM(gc.ordinary_committee_members) AS ordinary_committee_members
                                       FROM organization o JOIN organization_member_count gc ON gc.organization_id = o.id
                                      WHERE o.type = 'PARTY_GROUP' AND o.path LIKE :subtree
                                      GROUP BY o.parent_id) g ON g.parent_id = b.id
                         WHERE b.type = 'BRANCH' AND b.path LIKE :subtree
                        HAVING full_members < :minFull OR total_members > :maxTotal
                            OR (full_members >= :committeeThreshold AND committee_members < :minCommittee)
                            OR committee_members > :maxCommittee
                            OR (full_members < :committeeThreshold AND ordinary_committee_members > 0)
                         ORDER BY b.path
                        """)
                .setParameter("subtree", subtreePath + "%")
                .setParameter("minFull", StructureRule.MIN_FULL_MEMBERS)
                .setParameter("maxTotal", StructureRule.MAX_MEMBERS)
                .setParameter("committeeThreshold", StructureRule.COMMITTEE_THRESHOLD)
                .setParameter("minCommittee", StructureRule.MIN_COMMITTEE_MEMBERS)
                .setParameter("maxCommittee", CommitteeRule.MAX_COMMITTEE_MEMBERS)
                .getResultList();
        return rows.stream().map(r -> new BranchCounts((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue())).toList();
    }

    /**
     * Full members and committee posts held of each of these branches, with their party groups' members:
     * id to {full, committee}. Branches without members are left out.
     */
    @SuppressWarnings("unchecked")
    public Map<String, long[]> fullAndCommitteeMembers(Collection<String> branchIds) {
        if (branchIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT o.id, SUM(c.full_members), SUM(c.committee_members)
                          FROM organization o
                          JOIN organization_member_count c ON c.organization_id = o.id
                         WHERE o.id IN (:ids)
                         GROUP BY o.id
                        UNION ALL
                        SELECT g.parent_id, SUM(c.full_members), SUM(c.committee_members)
                          FROM organization g
                          JOIN organization_member_count c ON c.organization_id = g.id
                         WHERE g.parent_id IN (:ids) AND g.type = 'PARTY_GROUP'
                         GROUP BY g.parent_id""")
                .setParameter("ids", branchIds)
                .getResultList();
        Map<String, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            long[] sum = counts.computeIfAbsent((String) row[0], id -> new long[2]);
            sum[0] += ((Number) row[1]).longValue();
            sum[1] += ((Number) row[2]).longValue();
        }
        return counts;
    }

    /** How many branches the subtree has, to tell "all checked, none broken" from "nothing checked". */
    public long countBranches(String subtreePath) {
        return ((Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM organization WHERE type = 'BRANCH' AND path LIKE :subtree")
                .setParameter("subtree", subtreePath + "%").getSingleResult()).longValue();
    }
}
