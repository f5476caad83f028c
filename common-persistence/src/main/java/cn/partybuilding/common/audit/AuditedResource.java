package cn.partybuilding.common.audit;

/**
 * What an event is about: the resource (its type as the API names it, and its id) and where it
 * belongs when the event happens, so organization administrators see their subtree's events and a
 * change feed can route them: an organization (id and path), a community, or both.
 */
public record AuditedResource(String type, String id, String organizationId, String organizationPath,
                              String communityId) {

    public static AuditedResource inOrganization(String type, String id, String organizationId, String organizationPath) {
        return new AuditedResource(type, id, organizationId, organizationPath, null);
    }

    public static AuditedResource inCommunity(String type, String id, String communityId) {
        return new AuditedResource(type, id, null, null, communityId);
    }
}
