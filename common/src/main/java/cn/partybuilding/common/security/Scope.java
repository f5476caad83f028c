package cn.partybuilding.common.security;

import java.util.List;

/**
 * OAuth2 scopes that let a machine client ({@link Role#API_CLIENT}) write within its organization's
 * subtree; without one it only reads. They travel in the token's space-separated {@code scope} claim
 * and are named in {@code @RolesAllowed} beside the roles that may do the same (see
 * {@link ScopeRoles}).
 */
public final class Scope {

    public static final String CLAIM = "scope";

    /** Organizations, star ratings and designations. */
    public static final String ORGANIZATIONS_WRITE = "organizations:write";
    /** Members, their transfers, probation and imports. */
    public static final String MEMBERS_WRITE = "members:write";
    /** Activities, attendance and leave decisions. */
    public static final String ACTIVITIES_WRITE = "activities:write";
    /** The organization's side of 双报到: community reports, volunteer records, claiming and fulfilling wishes. */
    public static final String VOLUNTEER_WRITE = "volunteer:write";
    /** 述职评议, 整改清单 and 责任清单 of assessment-service. */
    public static final String ASSESSMENT_WRITE = "assessment:write";

    public static final List<String> ALL = List.of(ORGANIZATIONS_WRITE, MEMBERS_WRITE, ACTIVITIES_WRITE, VOLUNTEER_WRITE, ASSESSMENT_WRITE);

    private Scope() {
    }
}
