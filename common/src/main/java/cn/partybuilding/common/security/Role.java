package cn.partybuilding.common.security;

import java.util.List;

/** Role names as they appear in the token's {@code groups} claim and in {@code @RolesAllowed}. */
public final class Role {

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String ORG_ADMIN = "ORG_ADMIN";
    public static final String SECRETARY = "SECRETARY";
    public static final String MEMBER = "MEMBER";
    public static final String COMMUNITY_STAFF = "COMMUNITY_STAFF";
    public static final String API_CLIENT = "API_CLIENT";

    /** Every role, in the order they are listed to people (help texts, warnings). */
    public static final List<String> ALL = List.of(SYSTEM_ADMIN, ORG_ADMIN, SECRETARY, MEMBER, COMMUNITY_STAFF, API_CLIENT);

    private Role() {
    }
}
