package cn.partybuilding.common.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Signs tokens with the local key, for the local run and tests: the gateway's {@code POST /dev/token}
 * and {@code ./suite token} (dev-tools). Issuer and key come from configuration, which fills them in
 * the local and test profiles only; production tokens come from the OIDC issuer. A module that signs
 * brings smallrye-jwt-build itself (it is optional here).
 */
public final class LocalTokens {

    public static final String ISSUER_PROPERTY = "mp.jwt.verify.issuer";
    public static final String KEY_LOCATION_PROPERTY = "smallrye.jwt.sign.key.location";

    /**
     * Who a token is for: {@code orgId} and {@code communityId} may be null (no such claim); the
     * {@code scopes} of a machine client go into the space-separated {@code scope} claim.
     */
    public record Holder(String subject, List<String> roles, String orgId, String communityId, List<String> scopes) {

        public Holder {
            roles = List.copyOf(roles);
            scopes = List.copyOf(scopes);
        }

        public Holder(String subject, List<String> roles, String orgId, String communityId) {
            this(subject, roles, orgId, communityId, List.of());
        }
    }

    private final String issuer;
    private final String keyLocation;

    public LocalTokens(String issuer, String keyLocation) {
        this.issuer = issuer;
        this.keyLocation = keyLocation;
    }

    /** With the issuer and the signing key's location (a file or classpath resource) of {@code config}. */
    public static LocalTokens of(Config config) {
        return new LocalTokens(config.getValue(ISSUER_PROPERTY, String.class), config.getValue(KEY_LOCATION_PROPERTY, String.class));
    }

    /** An RS256 token for {@code holder}, valid for {@code lifetime} (with iat, exp and a random jti). */
    public String sign(Holder holder, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(holder.subject()).groups(new LinkedHashSet<>(holder.roles()))
                .expiresIn(lifetime);
        if (holder.orgId() != null) {
            claims.claim(Caller.ORG_CLAIM, holder.orgId());
        }
        if (holder.communityId() != null) {
            claims.claim(Caller.COMMUNITY_CLAIM, holder.communityId());
        }
        if (!holder.scopes().isEmpty()) {
            claims.claim(Scope.CLAIM, String.join(" ", holder.scopes()));
        }
        return claims.sign(keyLocation);
    }
}
