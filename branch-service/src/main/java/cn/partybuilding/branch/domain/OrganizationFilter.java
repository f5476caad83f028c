package cn.partybuilding.branch.domain;

import java.util.Collection;

/** Filters of the organization list; every one optional (null: not filtered). */
public record OrganizationFilter(String parentId, OrganizationType type, String nameContains, String subtreePath,
                                 Collection<String> ids) {

    /** The direct children of one organization. */
    public static OrganizationFilter childrenOf(String parentId) {
        return new OrganizationFilter(parentId, null, null, null, null);
    }
}
