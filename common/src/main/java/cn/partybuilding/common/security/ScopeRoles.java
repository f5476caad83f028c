package cn.partybuilding.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives a machine client ({@link Role#API_CLIENT}) the scopes of its token's {@code scope} claim as
 * roles, so that {@code @RolesAllowed({Role.ORG_ADMIN, Scope.MEMBERS_WRITE})} reads as "organization
 * administrators, and machine clients allowed to write members". Only the suite's own scopes count,
 * and only for API_CLIENT: a scope on a person's token grants nothing.
 */
@ApplicationScoped
public class ScopeRoles implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !identity.hasRole(Role.API_CLIENT)
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Set<String> scopes = Caller.scopesOf(token);
        if (scopes.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(scopes).build());
    }
}
