package cn.partybuilding.common.security;

import cn.partybuilding.common.problem.CommonError;
import cn.partybuilding.common.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject, roles and the organization (or community) it acts for.
 * For MEMBER and SECRETARY tokens the subject is the member's id: the {@code memberId} claim when the
 * token has one (an identity provider such as Keycloak names its users by its own ids in {@code sub}),
 * else {@code sub}.
 */
@RequestScoped
public class Caller {

    public static final String ORG_CLAIM = "orgId";
    public static final String COMMUNITY_CLAIM = "communityId";
    public static final String MEMBER_CLAIM = "memberId";

    @Inject
    JsonWebToken token;

    /** The token's groups, read once per request: the token builds a new set at every call. */
    private Set<String> groups;

    private Set<String> groups() {
        if (groups == null) {
            Set<String> claimed = token.getGroups();
            groups = claimed == null ? Set.of() : claimed;
        }
        return groups;
    }

    public String subject() {
        if (hasRole(Role.MEMBER) || hasRole(Role.SECRETARY)) {
            Object memberId = token.getClaim(MEMBER_CLAIM);
            if (memberId != null && !memberId.toString().isBlank()) {
                return memberId.toString();
            }
        }
        return token.getSubject();
    }

    /**
     * The token's roles of this suite, sorted; empty for a token without any. Roles an identity
     * provider adds of its own (Keycloak's default-roles-party, offline_access) are left out.
     */
    public SortedSet<String> roles() {
        SortedSet<String> roles = new TreeSet<>();
        groups().stream().filter(Role.ALL::contains).forEach(roles::add);
        return roles;
    }

    /** The suite's write scopes of a machine client's token; empty for every other caller. */
    public Set<String> scopes() {
        return hasRole(Role.API_CLIENT) ? scopesOf(token) : Set.of();
    }

    /** The suite's scopes named in the token's space-separated {@code scope} claim (RFC 8693 §4.2). */
    static Set<String> scopesOf(JsonWebToken token) {
        Object claim = token.getClaim(Scope.CLAIM);
        String scopes = claim instanceof JsonString text ? text.getString() : claim instanceof String text ? text : null;
        if (scopes == null) {
            return Set.of();
        }
        return Arrays.stream(scopes.trim().split("\\s+")).filter(Scope.ALL::contains)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return groups().contains(role);
    }

    public boolean isSystemAdmin() {
        return hasRole(Role.SYSTEM_ADMIN);
    }

    /**
     * The organization a non-system caller acts for; its subtree is all the caller may see. Only the
     * organization roles carry one: a COMMUNITY_STAFF token acts for its community alone, whatever
     * else it claims.
     */
    public String organizationId() {
        if (!hasRole(Role.ORG_ADMIN) && !hasRole(Role.SECRETARY) && !hasRole(Role.MEMBER) && !hasRole(Role.API_CLIENT)) {
            return null;
        }
        Object claim = token.getClaim(ORG_CLAIM);
        return claim == null ? null : claim.toString();
    }

    /**
     * A member and nothing more: their scope is the branch of the member record that {@code sub}
     * names, never a claim, so a token cannot widen it.
     */
    public boolean isPlainMember() {
        return hasRole(Role.MEMBER) && !isSystemAdmin() && !hasRole(Role.ORG_ADMIN) && !hasRole(Role.SECRETARY)
                && !hasRole(Role.API_CLIENT);
    }

    /**
     * The organization of a plain member, from their record: a token whose orgId names another
     * organization is refused rather than trusted.
     */
    public String memberOrganization(String recordOrganizationId) {
        String claimed = organizationId();
        if (claimed != null && !claimed.equals(recordOrganizationId)) {
            throw new ProblemException(CommonError.TOKEN_MEMBER_MISMATCH);
        }
        return recordOrganizationId;
    }

    /** Like {@link #organizationId()}, but a non-system caller without one is refused. */
    public String requireOrganizationId() {
        String orgId = organizationId();
        if (orgId == null || orgId.isBlank()) {
            throw new ProblemException(CommonError.NO_ORGANIZATION_IN_TOKEN);
        }
        return orgId;
    }

    public String communityId() {
        Object claim = token.getClaim(COMMUNITY_CLAIM);
        return claim == null ? null : claim.toString();
    }
}
