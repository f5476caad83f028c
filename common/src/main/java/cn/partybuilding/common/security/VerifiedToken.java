package cn.partybuilding.common.security;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token's claims, read once when it is verified. The verifier's own token looks a claim
 * up by first asking {@code Claims.valueOf(name)}, which throws for every claim the MicroProfile
 * list does not name ({@code orgId}, {@code scope}, {@code memberId}): a stack trace filled two or
 * three times per request, about a twentieth of a member read's CPU (bench/read-path.sh). Immutable,
 * so one instance serves every request that presents the token.
 */
final class VerifiedToken implements JsonWebToken {

    private final String name;
    private final Map<String, Object> claims;

    private VerifiedToken(String name, Map<String, Object> claims) {
        this.name = name;
        this.claims = claims;
    }

    static VerifiedToken of(JsonWebToken verified) {
        Map<String, Object> claims = new HashMap<>();
        for (String claim : verified.getClaimNames()) {
            Object value = verified.getClaim(claim);
            if (value != null) {
                claims.put(claim, value instanceof Set<?> set ? Set.copyOf(set) : value);
            }
        }
        return new VerifiedToken(verified.getName(), Collections.unmodifiableMap(claims));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }
}
