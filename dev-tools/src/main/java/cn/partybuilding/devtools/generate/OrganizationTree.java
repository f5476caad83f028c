package cn.partybuilding.devtools.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organizations and members that activity and volunteer data are made for, read straight from
 * party_branch (a developer tool may read another service's schema; the services may not). Lists come
 * in id order, as branch-service's API pages them.
 */
final class OrganizationTree {

    /** An organization with its materialized path ("/root/.../self/"). */
    record Organization(String id, String path, String name) {
    }

    record Member(String id, String name, boolean full) {
    }

    /** An organization with its place in the tree and its type (branch-service's OrganizationType). */
    record Node(String id, String parentId, String path, String name, String type) {
    }

    /** A member of a branch or party group, and whether they hold its secretary post. */
    record Seat(String organizationId, String memberId, String name, boolean secretary) {
    }

    private static final String ORGANIZATION_COLUMNS = "SELECT id, path, name FROM organization ";

    private final Database database;

    OrganizationTree(Database database) {
        this.database = database;
    }

    Optional<Organization> demoRoot() throws SQLException {
        List<Organization> roots = organizations(ORGANIZATION_COLUMNS + "WHERE parent_id IS NULL AND code = ?", BranchData.DEMO_ROOT_CODE);
        return roots.stream().findFirst();
    }

    /** The tree of the latest {@code generate city|province} (ids are time-ordered: the greatest is the newest). */
    Optional<Organization> newestGeneratedRoot() throws SQLException {
        List<Organization> roots = organizations(ORGANIZATION_COLUMNS + "WHERE parent_id IS NULL AND code LIKE ? ORDER BY id DESC LIMIT 1",
                BranchData.GENERATED_ROOT_PREFIX + "%");
        return roots.stream().findFirst();
    }

    List<Organization> branches(Organization root) throws SQLException {
        return organizations(ORGANIZATION_COLUMNS + "WHERE type = 'BRANCH' AND path LIKE ? ORDER BY id", root.path() + "%");
    }

    /** The members of the organization and of everything below it (a branch's party groups). */
    List<Member> members(Organization organization) throws SQLException {
        try (Connection c = database.open(Part.BRANCH);
             PreparedStatement query = c.prepareStatement("""
                     SELECT m.id, m.name, m.status FROM member m JOIN organization o ON o.id = m.organization_id
                      WHERE o.path LIKE ? ORDER BY m.id""")) {
            query.setString(1, organization.path() + "%");
            List<Member> members = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    members.add(new Member(rows.getString(1), rows.getString(2), "FULL".equals(rows.getString(3))));
                }
            }
            return members;
        }
    }

    /** The members of every organization below the root, by the id of the organization they belong to, each list in id order. */
    Map<String, List<Member>> membersByOrganization(Organization root) throws SQLException {
        try (Connection c = database.open(Part.BRANCH);
             PreparedStatement query = c.prepareStatement("""
                     SELECT m.organization_id, m.id, m.name, m.status FROM member m JOIN organization o ON o.id = m.organization_id
                      WHERE o.path LIKE ? ORDER BY m.organization_id, m.id""")) {
            query.setString(1, root.path() + "%");
            Map<String, List<Member>> members = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    members.computeIfAbsent(rows.getString(1), organization -> new ArrayList<>())
                            .add(new Member(rows.getString(2), rows.getString(3), "FULL".equals(rows.getString(4))));
                }
            }
            return members;
        }
    }

    /** The root and everything below it, parents before children (by depth, then id). */
    List<Node> subtree(Organization root) throws SQLException {
        try (Connection c = database.open(Part.BRANCH);
             PreparedStatement query = c.prepareStatement(
                     "SELECT id, parent_id, path, name, type FROM organization WHERE path LIKE ? ORDER BY depth, id")) {
            query.setString(1, root.path() + "%");
            List<Node> nodes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    nodes.add(new Node(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
                }
            }
            return nodes;
        }
    }

    /** The members of every organization below the root, each once, in organization and member id order. */
    List<Seat> seats(Organization root) throws SQLException {
        try (Connection c = database.open(Part.BRANCH);
             PreparedStatement query = c.prepareStatement("""
                     SELECT m.organization_id, m.id, m.name,
                            EXISTS (SELECT 1 FROM member_post p WHERE p.member_id = m.id AND p.post = 'SECRETARY')
                       FROM member m JOIN organization o ON o.id = m.organization_id
                      WHERE o.path LIKE ? ORDER BY m.organization_id, m.id""")) {
            query.setString(1, root.path() + "%");
            List<Seat> seats = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    seats.add(new Seat(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4)));
                }
            }
            return seats;
        }
    }

    private List<Organization> organizations(String sql, String parameter) throws SQLException {
        try (Connection c = database.open(Part.BRANCH); PreparedStatement query = c.prepareStatement(sql)) {
            query.setString(1, parameter);
            List<Organization> organizations = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    organizations.add(new Organization(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
            return organizations;
        }
    }
}
