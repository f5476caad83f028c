package cn.partybuilding.gateway.rest;

import cn.partybuilding.common.security.Caller;
import cn.partybuilding.common.security.Role;
import cn.partybuilding.gateway.config.GatewayConfig;
import cn.partybuilding.gateway.service.CallerLimits;
import cn.partybuilding.gateway.service.GatewayError;
import cn.partybuilding.gateway.service.ProblemWriter;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code POST /dev/token} signs a token with the local key so that an administrator can authorize
 * in Swagger UI. The route exists only when {@code gateway.dev-token.enabled} (local and test
 * profiles); in production the path is unknown (404) and tokens come from the OIDC issuer.
 */
@ApplicationScoped
public class DevTokenRoute {

    private static final Set<String> ROLES = Set.of(Role.SYSTEM_ADMIN, Role.ORG_ADMIN, Role.SECRETARY, Role.MEMBER,
            Role.COMMUNITY_STAFF, Role.API_CLIENT);

    @Inject
    GatewayConfig config;

    @Inject
    CallerLimits limits;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    void register(@Observes Router router) {
        if (config.devToken().enabled()) {
            router.post("/dev/token").order(5).handler(BodyHandler.create().setBodyLimit(4096)).blockingHandler(this::sign);
        }
    }

    private void sign(RoutingContext rc) {
        if (!limits.admit(rc, CallerLimits.byAddress(rc))) {
            return;
        }
        JsonObject body;
        try {
            body = rc.body().asJsonObject();
        } catch (RuntimeException malformed) {
            body = null;
        }
        String subject = body == null ? null : body.getString("subject");
        JsonArray roles = body == null ? null : body.getJsonArray("roles");
        Set<String> groups = new LinkedHashSet<>();
        if (roles != null) {
            roles.forEach(role -> groups.add(String.valueOf(role)));
        }
        if (subject == null || subject.isBlank() || groups.isEmpty() || !ROLES.containsAll(groups)) {
            ProblemWriter.send(rc, GatewayError.INVALID_TOKEN_REQUEST);
            return;
        }
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(subject).groups(groups).expiresIn(config.devToken().lifetime());
        if (body.getString(Caller.ORG_CLAIM) != null) {
            claims.claim(Caller.ORG_CLAIM, body.getString(Caller.ORG_CLAIM));
        }
        if (body.getString(Caller.COMMUNITY_CLAIM) != null) {
            claims.claim(Caller.COMMUNITY_CLAIM, body.getString(Caller.COMMUNITY_CLAIM));
        }
        rc.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store")
                .end(new JsonObject()
                        .put("accessToken", claims.sign())
                        .put("tokenType", "Bearer")
                        .put("expiresIn", config.devToken().lifetime().toSeconds())
                        .encode());
    }
}
