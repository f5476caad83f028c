package cn.partybuilding.branch.domain;

import cn.partybuilding.common.persistence.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A party organization. {@code path} lists the ids from the root down to itself: "/A/B/C/". */
@Entity
@Table(name = "organization")
public class Organization extends TrackedEntity {

    /** 760 ascii characters of path hold 28 levels of 26-character ids; real trees have fewer than 8. */
    public static final int MAX_DEPTH = 28;

    @Id
    public String id;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganizationType type;

    @Column(name = "parent_id")
    public String parentId;

    public String path;

    public int depth;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "is_temporary")
    public boolean temporary;

    @Column(name = "is_functional")
    public boolean functional;

    @Column(name = "established_on")
    public LocalDate establishedOn;

    public static String childPath(String parentPath, String id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    /** Ids of the ancestors, root first, without this organization. */
    public List<String> ancestorIds() {
        List<String> ids = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
        return ids.subList(0, ids.size() - 1);
    }

    /** Whether an organization's path lies in a subtree (null: the whole tree). */
    public static boolean isWithin(String path, String subtreePath) {
        return subtreePath == null || path.startsWith(subtreePath);
    }
}
