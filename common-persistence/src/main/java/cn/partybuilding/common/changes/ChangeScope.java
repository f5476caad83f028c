package cn.partybuilding.common.changes;

/**
 * Whose changes a reader sees, as the audit trail placed them when they happened: an organization
 * subtree (path prefix), a community, or both; {@link #EVERYTHING} for a system administrator.
 */
public record ChangeScope(boolean everything, String pathPrefix, String communityId) {

    public static final ChangeScope EVERYTHING = new ChangeScope(true, null, null);

    public static ChangeScope of(String pathPrefix, String communityId) {
        return new ChangeScope(false, pathPrefix, communityId);
    }

    boolean contains(String organizationPath, String community) {
        return everything
                || (pathPrefix != null && organizationPath != null && organizationPath.startsWith(pathPrefix))
                || (communityId != null && communityId.equals(community));
    }
}
